import { db } from "@/lib/db/client";
import { recordActivity } from "@/lib/activity/events";
import { CHALLENGE_TTL_MS, MAX_CHALLENGE_FAILURES } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";

/**
 * The state between the password step and the second factor. No session exists yet:
 * only a short-lived row in the database, bound to one browser by a random token that
 * the caller keeps in an HttpOnly cookie (challenge-cookie.ts); the row stores its hash.
 */
export type SecondFactorMethod = "none" | "totp" | "recovery" | "email" | "remembered";

/**
 * `secondFactor: "none"` for a user without MFA, "remembered" for a browser that skips the
 * code (remembered-devices.ts): the challenge is complete at once. Returns the token.
 */
export async function startChallenge(
  userId: string,
  { secondFactor, now = new Date() }: { secondFactor?: "none" | "remembered"; now?: Date } = {},
): Promise<string> {
  const token = randomToken();
  await db.loginChallenge.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
      ...(secondFactor ? { secondFactor, secondFactorAt: now } : {}),
    },
  });
  return token;
}

/** The open challenge behind `token`, if it is still usable for a second factor. */
export async function currentChallenge(token: string | null, now = new Date()) {
  if (!token) return null;
  return db.loginChallenge.findFirst({
    where: {
      tokenHash: hashToken(token),
      completedAt: null,
      expiresAt: { gt: now },
      failedAttempts: { lt: MAX_CHALLENGE_FAILURES },
    },
    include: { user: true },
  });
}

/**
 * Called by the credentials provider: turns a challenge whose second factor has passed
 * into a session, once. The conditional update makes a replayed or raced request fail.
 */
export async function completeChallenge(token: string | null, ipAddress: string, now = new Date()) {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const completed = await db.loginChallenge.updateMany({
    where: { tokenHash, completedAt: null, secondFactorAt: { not: null }, expiresAt: { gt: now } },
    data: { completedAt: now },
  });
  if (completed.count !== 1) return null;
  const challenge = await db.loginChallenge.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!challenge) return null;
  const { user } = challenge;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now, secondFactorFailures: 0 } });
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "LOGIN_SUCCEEDED", detail: challenge.secondFactor, ipAddress });
  });
  return { user, method: challenge.secondFactor as SecondFactorMethod };
}
