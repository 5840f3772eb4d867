import { dictionary } from "@zxcvbn-ts/language-common";
import { commonPasswordsNl } from "./common-passwords-nl";

import { checkPasswordLength, type PasswordCheckResult } from "./length";

export { PASSWORD_MAX, passwordMinLength, type PasswordReason, type PasswordCheckResult, type PasswordCheckFailure } from "./length";

/*
 * Source: "passwords-common" from @zxcvbn-ts/language-common (MIT), ~49k of the most common
 * passwords from breach corpora, already lower case, plus our Dutch supplement.
 * The Set is built on the first check, not at import (the package itself decompresses its list on import).
 */
let blocklist: Set<string> | undefined;

function commonPasswords(): Set<string> {
  blocklist ??= new Set([...dictionary["passwords-common"], ...commonPasswordsNl]);
  return blocklist;
}

// Context words shorter than this match too much ordinary text to be worth refusing.
const MIN_CONTEXT_LENGTH = 4;

const leet: Record<string, string> = {
  "0": "o", "1": "i", "!": "i", "3": "e", "4": "a", "@": "a", "5": "s", "$": "s", "7": "t",
};

/*
 * Folds trivial variations together: case, accents, leetspeak and separators,
 * so "T.w33-stap" and "Tweestap" compare equal. Used only for comparing, never for storing.
 */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[0134@57!$]/g, (char) => leet[char] ?? char)
    .replace(/[^\p{L}\p{N}]/gu, "");
}

function codePoints(text: string): number {
  return [...text].length;
}

// A multi-word name also counts per word: "Jan de Vries" should refuse "vries2024vries".
function contextTerms(context: string[]): string[] {
  const parts = context.flatMap((entry) => [entry, ...entry.split(/[^\p{L}\p{N}]+/u)]);
  return parts.map(fold).filter((term) => codePoints(term) >= MIN_CONTEXT_LENGTH);
}

function matchesContext(password: string, context: string[]): boolean {
  const folded = fold(password);
  return contextTerms(context).some(
    (term) =>
      folded.includes(term) ||
      // The other way round catches "janjansen" for jan.jansen@example.nl.
      (codePoints(folded) >= MIN_CONTEXT_LENGTH && term.includes(folded)),
  );
}

/**
 * ASVS 6.2.4/6.2.5/6.2.9/6.2.11: length, blocklist and context, and no composition rules.
 * Length counts code points after NFC, so an emoji or "é" counts as one character,
 * whichever way the keyboard produced it.
 */
export function checkPassword(input: {
  password: string;
  mfaEnabled: boolean;
  context: string[];
}): PasswordCheckResult {
  const lengthResult = checkPasswordLength(input.password, input.mfaEnabled);
  if (!lengthResult.ok) return lengthResult;
  const password = input.password.normalize("NFC");
  if (commonPasswords().has(password.toLowerCase())) return { ok: false, reason: "common" };
  if (matchesContext(password, input.context)) return { ok: false, reason: "context" };
  return { ok: true };
}
