import { createHash } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n";
import { recordActivity } from "@/lib/activity/events";
import { alertOwners } from "@/lib/company/owner-alerts";
import { sendMail } from "@/lib/mail/send";
import { backupLoginLinkMail, backupLoginUsedMail } from "@/lib/mail/templates";
import { currentChallenge } from "./challenge";
import { limitState, reserveAttempt } from "@/lib/rate-limit";
import { limits, LINK_MAX_AGE_S } from "@/lib/limits";

/**
 * The login link to the backup address, on top of Auth.js's e-mail provider: Auth.js
 * makes, stores (hashed) and consumes the token; this module decides who may ask for
 * one, where it is sent and which challenge it belongs to. Using it: login-link-use.ts.
 */
export const LINK_PROVIDER_ID = "resend";

/** Same hash Auth.js stores for a verification token (sha256 of token + secret). */
export function storedTokenHash(token: string): string {
  return createHash("sha256").update(`${token}${env().AUTH_SECRET}`).digest("hex");
}

/**
 * Auth.js sends the mail and stores the token at the same time. Sending only once the row
 * exists means a failed send can always remove its own row, instead of racing an insert
 * that lands after the cleanup.
 */
async function tokenStored(identifier: string, token: string): Promise<boolean> {
  const hash = storedTokenHash(token);
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await db.verificationToken.findFirst({ where: { identifier, token: hash }, select: { identifier: true } })) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/**
 * Auth.js's sender: the mail goes to the confirmed backup address, never to the login
 * address, and the link carries only the token (the confirm step finds the account).
 */
export async function sendLoginLinkMail({ identifier, token }: { identifier: string; token: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { email: identifier } });
  if (!user?.backupEmail || !user.backupEmailConfirmedAt) throw new Error("No confirmed backup address");
  // Not found also when a concurrent request has already replaced it: this link is void.
  if (!(await tokenStored(identifier, token))) throw new Error("Login link token was not stored");
  const url = `${env().APP_URL}/login/link?${new URLSearchParams({ token })}`;
  try {
    await sendMail({
      to: user.backupEmail,
      ...backupLoginLinkMail({ locale: toLocale(user.locale), url, expiresMinutes: LINK_MAX_AGE_S / 60 }),
    });
  } catch (error) {
    // Only this request's own row: a newer link of the same account stays valid.
    await db.verificationToken.deleteMany({ where: { identifier, token: storedTokenHash(token) } });
    throw error;
  }
}

type StoredToken = { identifier: string; token: string; expires: Date };

/**
 * Auth.js's adapter stores a new link through here: bound to the challenge of the browser
 * that asked, and replacing any earlier link of the account in one statement (identifier
 * is unique), so two requests at once still leave a single valid link.
 */
export async function storeLinkToken(challengeToken: string | null, { identifier, token, expires }: StoredToken): Promise<StoredToken> {
  const challenge = await currentChallenge(challengeToken);
  if (!challenge || challenge.user.email !== identifier || challenge.secondFactorAt) throw new Error("No open challenge for this link");
  const data = { token, expires, challengeId: challenge.id, proofHash: null, proofExpires: null };
  const write = () => db.verificationToken.upsert({ where: { identifier }, create: { identifier, ...data }, update: data });
  try {
    await write();
  } catch (error) {
    // Two inserts raced where the database had no row yet: the loser replaces the winner.
    if (!(error instanceof Error && "code" in error && error.code === "P2002")) throw error;
    await write();
  }
  return { identifier, token, expires };
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
  // The link stands in for the authenticator app. Without one there is nothing to stand in
  // for, and a challenge waiting for a new password (renew-password.ts) must not skip that.
  const mfa = await db.totpCredential.count({ where: { userId: challenge.userId, confirmedAt: { not: null } } });
  if (mfa === 0) return { allowed: false, reason: "noChallenge" };
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

/** After a sign-in by link: the login address is told, the activity log (the owner's too) records it. */
export async function recordLinkSignIn(userId: string, ipAddress: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), secondFactorFailures: 0, secondFactorLockedUntil: null } });
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "BACKUP_LINK_LOGIN", ipAddress });
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "LOGIN_SUCCEEDED", detail: "email", ipAddress });
  });
  await alertOwners(user, { kind: "recoveryLogin", via: "loginLink" }, ipAddress);
  await sendMail({ to: user.email, ...backupLoginUsedMail({ locale: toLocale(user.locale), name: user.name }) });
}

/**
 * The way back changed (backup address, password, "Overal uitloggen"): a link already on
 * its way, and any password step still waiting for its second factor, were made under the
 * old state and no longer count. Runs inside the caller's transaction.
 */
export async function voidLoginLinks(
  tx: Pick<Db, "verificationToken" | "loginChallenge">,
  user: { id: string; email: string },
  now = new Date(),
): Promise<void> {
  await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
  await tx.loginChallenge.updateMany({ where: { userId: user.id, completedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
}
