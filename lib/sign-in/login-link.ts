import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n";
import { recordActivity } from "@/lib/activity/events";
import { sendMail } from "@/lib/mail/send";
import { backupLoginLinkMail, backupLoginUsedMail } from "@/lib/mail/templates";
import { currentChallenge } from "./challenge";
import { limitState, reserveAttempt } from "@/lib/rate-limit";
import { limits, LINK_MAX_AGE_S } from "@/lib/limits";

/**
 * The login link to the backup address, on top of Auth.js's e-mail provider: Auth.js
 * makes, stores (hashed) and consumes the token; this module decides who may ask for
 * one, where it is sent, and binds its use to the browser that passed the password step.
 */
export const LINK_PROVIDER_ID = "resend";

/** Same hash Auth.js stores for a verification token (sha256 of token + secret). */
function storedTokenHash(token: string): string {
  return createHash("sha256").update(`${token}${env().AUTH_SECRET}`).digest("hex");
}

/**
 * Auth.js sends the mail and stores the token at the same time. Sending only once the row
 * exists means a failed send can always be cleaned up (requestLoginLink voids the links),
 * instead of racing a token insert that lands after the cleanup.
 */
async function tokenStored(identifier: string, token: string): Promise<boolean> {
  const hash = storedTokenHash(token);
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await db.verificationToken.findFirst({ where: { identifier, token: hash }, select: { identifier: true } })) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/** Auth.js's sender: the mail goes to the confirmed backup address, never to the login address. */
export async function sendLoginLinkMail({ identifier, token }: { identifier: string; token: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { email: identifier } });
  if (!user?.backupEmail || !user.backupEmailConfirmedAt) throw new Error("No confirmed backup address");
  if (!(await tokenStored(identifier, token))) throw new Error("Login link token was not stored");
  const url = `${env().APP_URL}/login/link?${new URLSearchParams({ token, email: identifier })}`;
  await sendMail({
    to: user.backupEmail,
    ...backupLoginLinkMail({ locale: toLocale(user.locale), url, expiresMinutes: LINK_MAX_AGE_S / 60 }),
  });
}

export type LinkCheck = "ok" | "noChallenge" | "invalid";

/**
 * Before Auth.js consumes a token: is this the browser that asked, and is the link still
 * good? Checked first so a click in the wrong browser cannot burn the right one's link.
 */
export async function checkLoginLink(
  challengeToken: string | null,
  { email, token }: { email: string; token: string },
): Promise<LinkCheck> {
  const challenge = await currentChallenge(challengeToken);
  if (!challenge || challenge.user.email !== email || challenge.secondFactorAt) return "noChallenge";
  const row = await db.verificationToken.findFirst({
    where: { identifier: email, token: storedTokenHash(token), expires: { gt: new Date() } },
  });
  return row ? "ok" : "invalid";
}

export type LinkRequestCheck = { allowed: true } | { allowed: false; reason: "noChallenge" | "noBackup" | "throttled"; retryAfterMs?: number };

/**
 * May this browser ask for a link for `email`? Only during its own open challenge, for
 * a user with a confirmed backup address, within the per-challenge and per-IP limits.
 * `reserve` counts the request (Auth.js's signIn callback does, whichever way it came in).
 */
export async function checkLinkRequest(
  { challengeToken, email, ip }: { challengeToken: string | null; email: string; ip: string },
  { reserve }: { reserve: boolean },
): Promise<LinkRequestCheck> {
  const challenge = await currentChallenge(challengeToken);
  if (!challenge || challenge.user.email !== email || challenge.secondFactorAt) return { allowed: false, reason: "noChallenge" };
  if (!challenge.user.backupEmail || !challenge.user.backupEmailConfirmedAt) return { allowed: false, reason: "noBackup" };
  const checks = [
    [`link:challenge:${challenge.id}`, limits.loginLinkPerChallenge],
    [`link:ip:${ip}`, limits.loginLinkPerIp],
  ] as const;
  for (const [key, limit] of checks) {
    const state = reserve ? await reserveAttempt(key, limit) : await limitState(key, limit);
    if (state.blocked) return { allowed: false, reason: "throttled", retryAfterMs: state.retryAfterMs };
  }
  return { allowed: true };
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

/** After a sign-in by link: the login address is told, the activity log (the owner's too) records it. */
export async function recordLinkSignIn(userId: string, ipAddress: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), secondFactorFailures: 0, secondFactorLockedUntil: null } });
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "BACKUP_LINK_LOGIN", ipAddress });
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "LOGIN_SUCCEEDED", detail: "email", ipAddress });
  });
  await sendMail({ to: user.email, ...backupLoginUsedMail({ locale: toLocale(user.locale), name: user.name }) });
}

/** A new request voids every older link for this account. */
export async function voidOlderLinks(email: string): Promise<void> {
  await db.verificationToken.deleteMany({ where: { identifier: email } });
}
