import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { hashToken, randomToken } from "@/lib/security/tokens";

/**
 * The state between the password step and the second factor. No session exists yet:
 * only a short-lived row in the database, bound to this browser by an HttpOnly cookie
 * holding a random token (the row stores its hash).
 */
export const CHALLENGE_TTL_MS = 10 * 60_000;
export const MAX_CHALLENGE_FAILURES = 5;

export type SecondFactorMethod = "none" | "totp" | "recovery" | "email";

export function challengeCookieName(): string {
  return env().APP_URL.startsWith("https:") ? "__Host-tweestap-challenge" : "tweestap-challenge";
}

/** `secondFactor: "none"` for a user without MFA: the challenge is complete at once. */
export async function startChallenge(
  userId: string,
  { secondFactor, now = new Date() }: { secondFactor?: "none"; now?: Date } = {},
): Promise<string> {
  const token = randomToken();
  const challenge = await db.loginChallenge.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
      ...(secondFactor ? { secondFactor, secondFactorAt: now } : {}),
    },
  });
  (await cookies()).set(challengeCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https:"),
    path: "/",
    maxAge: CHALLENGE_TTL_MS / 1000,
  });
  return challenge.id;
}

async function challengeTokenHash(): Promise<string | null> {
  const token = (await cookies()).get(challengeCookieName())?.value;
  return token ? hashToken(token) : null;
}

/** The open challenge of this browser, if it is still usable for a second factor. */
export async function currentChallenge(now = new Date()) {
  const tokenHash = await challengeTokenHash();
  if (!tokenHash) return null;
  return db.loginChallenge.findFirst({
    where: {
      tokenHash,
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
export async function completeChallenge(now = new Date()) {
  const tokenHash = await challengeTokenHash();
  if (!tokenHash) return null;
  const completed = await db.loginChallenge.updateMany({
    where: { tokenHash, completedAt: null, secondFactorAt: { not: null }, expiresAt: { gt: now } },
    data: { completedAt: now },
  });
  if (completed.count !== 1) return null;
  const challenge = await db.loginChallenge.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!challenge) return null;
  const { user } = challenge;
  const ipAddress = await clientIp();
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now, secondFactorFailures: 0 } }),
    db.activityEvent.create({
      data: { companyId: user.companyId, userId: user.id, type: "LOGIN_SUCCEEDED", detail: challenge.secondFactor, ipAddress },
    }),
  ]);
  return { user, method: challenge.secondFactor as SecondFactorMethod };
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete(challengeCookieName());
}
