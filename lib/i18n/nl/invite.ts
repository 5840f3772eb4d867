export const invite = {
  title: "Uitnodiging accepteren",
  intro: "{company} nodigt u uit. Kies uw naam en een wachtwoord om uw account te maken voor {email}.",
  name: "Uw naam",
  password: "Wachtwoord",
  submit: "Account maken",
  pending: "Account wordt gemaakt…",
  invalid: "Deze uitnodiging is niet (meer) geldig. Vraag de eigenaar van uw bedrijf om een nieuwe uitnodiging.",
  emailTaken: "Er bestaat al een account met dit e-mailadres. Log in met dat account.",
  toLogin: "Naar inloggen",
};
