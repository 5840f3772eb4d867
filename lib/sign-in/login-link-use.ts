import { db } from "@/lib/db/client";
import { appCookie } from "@/lib/http/cookie-options";
import { LINK_PROOF_TTL_MS } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { currentChallenge } from "./challenge";
import { storedTokenHash } from "./login-link";

/**
 * Using the login link. Auth.js consumes the token at its callback before any of our
 * callbacks run, so everything is decided first: the confirm page's POST checks the link
 * against this browser's challenge and leaves a one-minute proof (a cookie here, its hash
 * on the token's row); the callback route lets Auth.js run only when that proof is claimed.
 */
export type LinkCheck = "ok" | "noChallenge" | "invalid";

/** The browser's half of the proof, HttpOnly, for the one redirect to Auth.js's callback. */
export function linkProofCookieName(): string {
  return appCookie("tweestap-link-proof");
}

async function linkFor(challengeToken: string | null, token: string, now: Date) {
  const challenge = await currentChallenge(challengeToken, now);
  if (!challenge || challenge.secondFactorAt) return { check: "noChallenge" as const };
  // By token alone (a handful of rows, one per account at most), so a link opened in the
  // wrong browser is told apart from a dead one.
  const row = await db.verificationToken.findFirst({ where: { token: storedTokenHash(token), expires: { gt: now } } });
  if (!row) return { check: "invalid" as const };
  // A link belongs to the one challenge that asked for it, not to every password step of
  // the account: another browser that knows the password cannot use it.
  if (row.challengeId !== challenge.id || row.identifier !== challenge.user.email) return { check: "noChallenge" as const };
  return { check: "ok" as const, row, challenge };
}

/** Is this the browser that asked, and is the link still good? Changes nothing. */
export async function checkLoginLink(challengeToken: string | null, token: string, now = new Date()): Promise<LinkCheck> {
  return (await linkFor(challengeToken, token, now)).check;
}

export type LinkConfirmation = { ok: true; email: string; proof: string } | { ok: false; reason: Exclude<LinkCheck, "ok"> };

/**
 * "Doorgaan met inloggen": the link checked against this browser's challenge. On success
 * the caller keeps `proof` in the proof cookie and sends the browser to Auth.js's callback,
 * with `email` (Auth.js wants it; the mailed link does not carry it).
 */
export async function confirmLoginLink(challengeToken: string | null, token: string, now = new Date()): Promise<LinkConfirmation> {
  const found = await linkFor(challengeToken, token, now);
  if (found.check !== "ok") return { ok: false, reason: found.check };
  const proof = randomToken();
  const marked = await db.verificationToken.updateMany({
    where: { identifier: found.row.identifier, token: found.row.token, challengeId: found.challenge.id },
    data: { proofHash: hashToken(proof), proofExpires: new Date(now.getTime() + LINK_PROOF_TTL_MS) },
  });
  if (marked.count !== 1) return { ok: false, reason: "invalid" };
  return { ok: true, email: found.row.identifier, proof };
}

/**
 * At Auth.js's callback, before Auth.js runs: only a request carrying the proof our POST
 * just left, from the browser whose challenge owns the link, goes on. The proof is used up
 * here; a request without it changes nothing, so the token stays good for the real click.
 */
export async function claimLinkProof(
  challengeToken: string | null,
  { token, proof }: { token: string | null; proof: string | null },
  now = new Date(),
): Promise<boolean> {
  if (!token || !proof) return false;
  const found = await linkFor(challengeToken, token, now);
  if (found.check !== "ok") return false;
  const claimed = await db.verificationToken.updateMany({
    where: { identifier: found.row.identifier, token: found.row.token, proofHash: hashToken(proof), proofExpires: { gt: now } },
    data: { proofHash: null, proofExpires: null },
  });
  return claimed.count === 1;
}

/**
 * At Auth.js's callback: the link was used in the browser that asked. Its challenge is
 * marked passed by e-mail and completed in one conditional update.
 */
export async function completeChallengeByLink(challengeToken: string | null, email: string): Promise<boolean> {
  const challenge = await currentChallenge(challengeToken);
  if (!challenge || challenge.user.email !== email) return false;
  const now = new Date();
  const done = await db.loginChallenge.updateMany({
    where: { id: challenge.id, completedAt: null, secondFactorAt: null },
    data: { secondFactor: "email", secondFactorAt: now, completedAt: now },
  });
  return done.count === 1;
}
