// The language choice: a switch on the signed-out pages, a setting on "Mijn login".
// Each language is named in itself, so someone who cannot read the page still finds theirs.
export const language = {
  switchLabel: "Taal",
  names: { nl: "Nederlands", en: "English" },
  title: "Taal",
  intro: "De taal van Tweestap en van de e-mails die u van ons krijgt.",
  submit: "Taal opslaan",
  pending: "Bezig met opslaan…",
  saved: "Uw taal is opgeslagen.",
};
