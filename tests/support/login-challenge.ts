import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { CHALLENGE_TTL_MS, LINK_MAX_AGE_S } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { storeLinkToken } from "@/lib/sign-in/login-link";
import { uniqueIp } from "./db-helpers";

/**
 * The sign-in flow's domain takes the challenge token and the client address as
 * arguments, so a test needs no request scope: a browser is just what its cookie and
 * its connection would hand the domain.
 */
export type Browser = { challengeToken: string | null; ip: string };

export function newBrowser(): Browser {
  return { challengeToken: null, ip: uniqueIp() };
}

export type ChallengeState = { secondFactorAt?: Date; completedAt?: Date; expiresAt?: Date };

/**
 * A challenge row in a given state, written directly: the password step can only make
 * fresh ones, and the states the link must refuse (passed, completed, expired) are set here.
 */
export async function openChallenge(userId: string, state: ChallengeState = {}): Promise<string> {
  const token = randomToken();
  await db.loginChallenge.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      expiresAt: state.expiresAt ?? new Date(Date.now() + CHALLENGE_TTL_MS),
      ...(state.secondFactorAt ? { secondFactor: "totp", secondFactorAt: state.secondFactorAt } : {}),
      ...(state.completedAt ? { completedAt: state.completedAt } : {}),
    },
  });
  return token;
}

/** Computed here independently of the app, so a wrong hash in the app cannot agree with itself. */
function authJsTokenHash(token: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set for the tests");
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/**
 * A login link for the browser holding `challengeToken`, stored the way Auth.js's adapter
 * stores it (through the app's storeLinkToken: bound to that challenge, replacing the
 * account's earlier link). Returns the token the mail would carry.
 */
export async function issueLinkToken(
  challengeToken: string,
  { expires = new Date(Date.now() + LINK_MAX_AGE_S * 1000) }: { expires?: Date } = {},
): Promise<string> {
  const challenge = await db.loginChallenge.findUniqueOrThrow({ where: { tokenHash: hashToken(challengeToken) }, include: { user: true } });
  const token = randomToken();
  await storeLinkToken(challengeToken, { identifier: challenge.user.email, token: authJsTokenHash(token), expires });
  return token;
}
