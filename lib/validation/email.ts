import * as z from "zod/mini";

/**
 * One normal form for every address we store or compare: trimmed and lower-case.
 * Quoted local parts, anything outside ASCII and punycode domains are refused rather than normalised,
 * so a look-alike such as "＠" (full-width) can never make two addresses look different
 * to us and equal to a mail server, or the other way round.
 */
export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

const ASCII_EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

// Browsers turn an internationalised domain typed into <input type=email> into punycode
// ("xn--…") before scripts see it, so a Cyrillic look-alike of a known domain would arrive
// as valid ASCII. Those labels are refused too.
const PUNYCODE_LABEL = /@(.+\.)?xn--/;

export function isAcceptableEmail(normalized: string): boolean {
  return normalized.length <= 254 && ASCII_EMAIL.test(normalized) && !PUNYCODE_LABEL.test(normalized);
}

/** Form and action field: messages are catalogue keys, translated by the form. */
export const emailField = z
  .string()
  .check(
    z.overwrite(normalizeEmail),
    z.minLength(1, { error: "validation.emailRequired", abort: true }),
    z.refine(isAcceptableEmail, "validation.emailInvalid"),
  );

/** "j***n@example.nl": enough to recognise one's own address, not enough to harvest it. */
export function maskEmail(address: string): string {
  const [local = "", domain = ""] = address.split("@");
  const shown = local.length <= 2 ? `${local[0] ?? ""}***` : `${local[0]}***${local[local.length - 1]}`;
  return `${shown}@${domain}`;
}
