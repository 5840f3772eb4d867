import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { defaultLocale, type Locale } from "@/lib/i18n";
import { hashPassword } from "@/lib/passwords/hash";
import { checkPassword } from "@/lib/passwords/policy";
import { passwordErrorKey } from "@/lib/validation/password";
import { recordActivity } from "@/lib/activity/events";
import { fail } from "@/lib/errors/action-failure";
import { sendAfterResponse } from "@/lib/mail/send";
import { accountExistsMail, registrationConfirmMail } from "@/lib/mail/templates";
import { minutesUntil, reserveAttempt } from "@/lib/rate-limit";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { limits, REGISTRATION_TTL_MS } from "@/lib/limits";

// `locale` is the language of the browser that asked: the address has no account (or we may not say so).
export type Registration = { companyName: string; name: string; email: string; password: string; ip: string; locale?: Locale };

/**
 * "Account aanmaken", e-mail first (docs/SECURITY.md, "Enumeration"): the same answer,
 * the same work and the same database writes for every address: the password is hashed
 * and a pending sign-up stored either way. Only the mail differs, and the caller sends it
 * after the response (Next's `after`): a confirmation link for a new address, a note that
 * an account exists for a known one. Nothing is created until the link is opened, so
 * nobody can claim an address they cannot read.
 */
export async function requestRegistration(input: Registration): Promise<() => Promise<void>> {
  for (const [key, limit] of [
    [`register:ip:${input.ip}`, limits.registrationPerIp],
    [`register:address:${input.email}`, limits.registrationPerAddress],
  ] as const) {
    const state = await reserveAttempt(key, limit);
    if (state.blocked) fail("errors.tooManyAttempts", { minutes: minutesUntil(state.retryAfterMs) });
  }
  const context = [input.companyName, input.name, input.email, input.email.split("@")[0] ?? ""];
  const policy = checkPassword({ password: input.password, mfaEnabled: false, context });
  if (!policy.ok) fail("errors.invalidInput", undefined, { password: passwordErrorKey(policy) });

  const token = randomToken();
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  const pending = await db.pendingRegistration.create({
    data: {
      email: input.email,
      tokenHash: hashToken(token),
      companyName: input.companyName,
      name: input.name,
      passwordHash,
      expiresAt: new Date(Date.now() + REGISTRATION_TTL_MS),
    },
  });
  const app = env().APP_URL;
  const mail = existing
    ? accountExistsMail({ locale: input.locale ?? defaultLocale, loginUrl: `${app}/login`, resetUrl: `${app}/forgot-password` })
    : registrationConfirmMail({ locale: input.locale ?? defaultLocale, companyName: input.companyName, url: `${app}/register/confirm/${token}` });
  // No pending sign-up behind a mail that never left: the user's retry starts clean.
  return sendAfterResponse({ to: input.email, ...mail }, () => db.pendingRegistration.deleteMany({ where: { id: pending.id, usedAt: null } }));
}

/** The sign-up behind a confirmation link, while it can still be used. */
export function openRegistration(token: string) {
  return db.pendingRegistration.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, companyName: true },
  });
}

/**
 * The link was opened and confirmed: the company and its owner are created, and the link
 * is spent, in one transaction. Returns the owner's id, for the caller to sign them in.
 * `locale` is the language of the page the link was confirmed on, which becomes the owner's.
 */
export async function confirmRegistration(token: string, ipAddress: string, locale: Locale = defaultLocale): Promise<string> {
  const pending = await db.pendingRegistration.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: new Date() } },
  });
  if (!pending) fail("signUp.confirm.invalid");
  try {
    return await db.$transaction(async (tx) => {
      const spent = await tx.pendingRegistration.updateMany({ where: { id: pending.id, usedAt: null }, data: { usedAt: new Date() } });
      if (spent.count !== 1) fail("signUp.confirm.invalid");
      const company = await tx.company.create({ data: { name: pending.companyName } });
      const owner = await tx.user.create({
        data: { companyId: company.id, email: pending.email, name: pending.name, passwordHash: pending.passwordHash, role: "OWNER", locale },
      });
      await recordActivity(tx, { companyId: company.id, userId: owner.id, type: "ACCOUNT_CREATED", ipAddress });
      return owner.id;
    });
  } catch (error) {
    // The address got an account after the sign-up was requested: the unique index refuses.
    if (error instanceof Error && "code" in error && error.code === "P2002") fail("signUp.confirm.taken");
    throw error;
  }
}
