// Messages for typed error codes: the server returns a code, the form shows this text.
export const errors = {
  generic: "Er ging iets mis. Probeer het opnieuw.",
  invalidInput: "Controleer de gemarkeerde velden.",
  unauthorized: "U bent niet (meer) ingelogd. Log opnieuw in.",
  forbidden: "U heeft geen toegang tot deze actie.",
  enrolmentRequired: "Stel eerst de authenticator app in om verder te gaan.",
  tooManyAttempts: "Te veel pogingen. Probeer het over {minutes} minuten opnieuw.",
};
