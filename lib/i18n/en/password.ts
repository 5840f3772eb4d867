import type { Messages } from "../index";

// Each message says why a password is refused, not only that it is (ASVS 6.2.4, 6.2.11).
export const password = {
  tooShort:
    "This password is too short: use at least {min} characters. A sentence of a few words is long enough and easy to remember.",
  tooLong: "This password is too long: use at most {max} characters.",
  common:
    "This password appears in lists of common or leaked passwords, so attackers try it first. Choose something else, for example a sentence of a few words.",
  context:
    "This password contains your name, your e-mail address or your company's name. An attacker guesses that quickly. Choose something that is not about you or your company.",
  hint: "At least {min} characters. A sentence of a few words is strong and easy to remember. Capitals, digits or punctuation are not required.",
} satisfies Messages["password"];
