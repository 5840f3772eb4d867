/*
 * Dutch supplement to the (English-heavy) zxcvbn-ts list: obvious Dutch base words with the
 * suffixes people bolt on to pass length checks ("wachtwoord12345", "welkom2025!").
 * Written by hand for this project. A .ts module rather than a .txt file, because the password
 * policy may run in client bundles too (form validation), where reading files is impossible.
 * Entries are lower case; the policy compares case-insensitively.
 */
const baseWords = [
  "wachtwoord", "wachtwoordje", "mijnwachtwoord", "nieuwwachtwoord", "ditismijnwachtwoord",
  "paswoord", "welkom", "welkomwelkom", "geheim", "supergeheim", "inloggen", "toegang",
  "beheerder", "gebruiker", "tweestap", "hallo", "hallohallo", "ikhouvanjou", "ikbenhet",
  "schatje", "liefje", "lieverd", "prinses", "prinsesje", "konijn", "poesje", "hondje",
  "voetbal", "ajax", "feyenoord", "oranje", "nederland", "holland", "amsterdam",
  "rotterdam", "utrecht", "denhaag", "eindhoven", "groningen", "sinterklaas", "kerstmis",
  "stroopwafel", "appeltaart", "vrijheid", "zonneschijn", "lente", "zomer", "herfst", "winter",
  "maandag", "vrijdag", "zondag", "januari", "december",
];

const suffixes = [
  "", "!", "1", "1!", "01", "12", "123", "123!", "1234", "1234!", "12345", "12345!",
  "123456", "1234567", "12345678", "123456789", "2023", "2024", "2025", "2026",
  "2023!", "2024!", "2025!", "2026!",
];

export const commonPasswordsNl: readonly string[] = baseWords.flatMap((word) =>
  suffixes.map((suffix) => word + suffix),
);
