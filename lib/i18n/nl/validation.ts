// Messages for zod issues; the schemas carry these keys, the forms show the text.
export const validation = {
  required: "Vul dit veld in.",
  tooLong: "Dit is te lang.",
  emailRequired: "Vul uw e-mailadres in.",
  emailInvalid: "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl, met alleen gewone letters, cijfers en leestekens.",
  passwordRequired: "Vul uw wachtwoord in.",
};
