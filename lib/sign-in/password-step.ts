import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db/client";
import { rawBoolean } from "@/lib/db/raw-values";
import { burnPasswordCheck, verifyPassword } from "@/lib/passwords/hash";
import { clearFailures, minutesUntil, releaseAttempt, reserveAttempt } from "@/lib/rate-limit";
import { limits, type Limit, STRANGER_DELAY_FREE_FAILURES, STRANGER_DELAY_MAX_MS, STRANGER_DELAY_STEP_MS } from "@/lib/limits";
import { recordActivity } from "@/lib/activity/events";
import { fail } from "@/lib/errors/action-failure";
import { logger } from "@/lib/log";
import { startChallenge } from "./challenge";
import { knownDevice } from "./known-devices";
import { skipsSecondFactor } from "./remembered-devices";
import { now as clockNow } from "@/lib/clock";
import { needsNewPassword } from "./renew-password";

/** What comes next, and the challenge token the caller keeps in this browser (challenge-cookie.ts). */
export type PasswordStepResult = { next: "secondFactor" | "newPassword" | "complete"; challengeToken: string };

type PasswordStepInput = { email: string; password: string; ip: string; deviceToken?: string | null; now?: Date };

/** A counter this attempt is charged to, and what a correct password does to it. */
type Budget = { key: string; limit: Limit; onSuccess: "clear" | "release"; delayed?: true };

const strangersKey = (email: string) => `login:account:${email}`;

/** A known browser's own budget, or the strangers' ones (per account, with a delay, and per IP). */
function budgetsFor(email: string, ip: string, deviceId: string | null): Budget[] {
  if (deviceId) return [{ key: `login:device:${deviceId}`, limit: limits.passwordPerKnownDevice, onSuccess: "clear" }];
  return [
    { key: strangersKey(email), limit: limits.passwordPerAccount, onSuccess: "clear", delayed: true },
    // An IP keeps only its failures.
    { key: `login:ip:${ip}`, limit: limits.passwordPerIp, onSuccess: "release" },
  ];
}

/**
 * Charges one attempt before the password is checked, so guesses sent all at once are
 * limited too. Strangers to the account also wait longer with every failure.
 */
async function chargeAttempt(budgets: Budget[]): Promise<void> {
  for (const budget of budgets) {
    const state = await reserveAttempt(budget.key, budget.limit);
    if (state.blocked) fail("errors.tooManyAttempts", { minutes: minutesUntil(state.retryAfterMs) });
    const earlierFailures = state.count - 1;
    const delay = Math.min((earlierFailures - STRANGER_DELAY_FREE_FAILURES) * STRANGER_DELAY_STEP_MS, STRANGER_DELAY_MAX_MS);
    if (budget.delayed && delay > 0) await sleep(delay);
  }
}

type SignInUser = { id: string; companyId: string; passwordHash: string | null; hasAuthenticator: boolean; rememberDevicesAllowed: boolean };

/**
 * What the password step needs of the person, in one statement: Prisma's `include` sends one
 * query per relation, three round trips on every sign-in attempt (issue 11). The same SQL
 * runs on both databases.
 */
async function signInUser(email: string): Promise<SignInUser | null> {
  const rows = await db.$queryRaw<Record<keyof SignInUser, unknown>[]>`
    SELECT u."id" AS "id", u."companyId" AS "companyId", u."passwordHash" AS "passwordHash",
           c."rememberDevicesAllowed" AS "rememberDevicesAllowed",
           EXISTS (SELECT 1 FROM "TotpCredential" t WHERE t."userId" = u."id" AND t."confirmedAt" IS NOT NULL) AS "hasAuthenticator"
    FROM "User" u JOIN "Company" c ON c."id" = u."companyId"
    WHERE u."email" = ${email}`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: String(row.id),
    companyId: String(row.companyId),
    passwordHash: row.passwordHash === null ? null : String(row.passwordHash),
    hasAuthenticator: rawBoolean(row.hasAuthenticator),
    rememberDevicesAllowed: rawBoolean(row.rememberDevicesAllowed),
  };
}

/**
 * The password step (docs/SECURITY.md, "Throttling"). Unknown e-mail and wrong password
 * take the same path: same message, one argon2 verification each. A browser that signed
 * in to the account before (deviceToken) has its own budget, so strangers' failures never
 * lock the account holder out; strangers are counted per account and per IP. On success
 * a login challenge is started for this browser; there is no session yet. A browser the
 * user had remembered ("Deze computer 30 dagen onthouden") skips only the code, while it
 * is within its 30 days and the company allows it; `now` is the product clock (lib/clock.ts).
 */
export async function passwordStep(input: PasswordStepInput): Promise<PasswordStepResult> {
  const user = await signInUser(input.email);
  const device = user ? await knownDevice(user.id, input.deviceToken ?? null) : null;
  const deviceId = device?.id ?? null;
  const budgets = budgetsFor(input.email, input.ip, deviceId);
  await chargeAttempt(budgets);

  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);

  if (!user || !passwordOk) {
    if (user) {
      await recordActivity(db, { companyId: user.companyId, userId: user.id, type: "LOGIN_FAILED", ipAddress: input.ip });
    } else {
      // No account to log it against: the operator's log shows spraying. The typed address
      // is left out (people type passwords into the e-mail field).
      logger.warn("login.unknownAddress", { ip: input.ip });
    }
    fail("auth.login.invalidCredentials");
  }

  // Success: what strangers did to the account is cleared, also when a known browser signs in.
  if (deviceId) await clearFailures(strangersKey(input.email));
  for (const budget of budgets) {
    await (budget.onSuccess === "clear" ? clearFailures(budget.key) : releaseAttempt(budget.key));
  }
  if (user.hasAuthenticator) {
    // A remembered browser skips the code, never the password: this comes after the check above.
    const now = input.now ?? clockNow();
    if (skipsSecondFactor(device, user.rememberDevicesAllowed, now)) {
      return { next: "complete", challengeToken: await startChallenge(user.id, { secondFactor: "remembered" }) };
    }
    return { next: "secondFactor", challengeToken: await startChallenge(user.id) };
  }
  // Too short to be the only factor (MFA went off since it was set): a new one first.
  if (needsNewPassword(input.password, false)) {
    return { next: "newPassword", challengeToken: await startChallenge(user.id) };
  }
  return { next: "complete", challengeToken: await startChallenge(user.id, { secondFactor: "none" }) };
}
