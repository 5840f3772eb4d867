// Messages for typed error codes: the server returns a code, the form shows this text.
export const errors = {
  generic: "Er ging iets mis. Probeer het opnieuw.",
  invalidInput: "Controleer de gemarkeerde velden.",
  unauthorized: "U bent niet (meer) ingelogd. Log opnieuw in.",
  forbidden: "U heeft geen toegang tot deze actie.",
  forbiddenTitle: "Geen toegang",
  forbiddenText: "Deze pagina is alleen voor de eigenaar van het account.",
  notFoundTitle: "Pagina niet gevonden",
  notFoundText: "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar het dashboard.",
  crashTitle: "Er ging iets mis",
  crashText: "Er ging iets mis aan onze kant. Uw gegevens zijn niet gewijzigd. Probeer het opnieuw.",
  retry: "Opnieuw proberen",
  toDashboard: "Naar het dashboard",
  enrolmentRequired: "Stel eerst de authenticator app in om verder te gaan.",
  tooManyAttempts: "Te veel pogingen. Probeer het over {minutes} minuten opnieuw.",
};
