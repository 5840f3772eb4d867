import { db } from "@/lib/db/client";
import { hashPassword, burnPasswordCheck } from "@/lib/passwords/hash";
import { checkPassword } from "@/lib/passwords/policy";
import { passwordErrorKey } from "@/lib/validation/password";
import { recordActivity } from "@/lib/activity/events";
import { fail } from "@/lib/errors/action-failure";
import { minutesUntil, reserveAttempt } from "@/lib/rate-limit";
import { limits } from "@/lib/limits";

export type Registration = { companyName: string; name: string; email: string; password: string; ip: string };

/** "Account aanmaken": the company and its owner in one transaction. Returns the owner's id. */
export async function registerCompany(input: Registration): Promise<string> {
  const ipKey = `register:ip:${input.ip}`;
  const state = await reserveAttempt(ipKey, limits.registrationPerIp);
  if (state.blocked) fail("errors.tooManyAttempts", { minutes: minutesUntil(state.retryAfterMs) });

  const policy = checkPassword({
    password: input.password,
    mfaEnabled: false,
    context: [input.companyName, input.name, input.email, input.email.split("@")[0] ?? ""],
  });
  if (!policy.ok) {
    fail("errors.invalidInput", undefined, { password: passwordErrorKey(policy) });
  }

  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    // Same cost as a real sign-up, so timing does not tell more than the message.
    await burnPasswordCheck(input.password);
    fail("errors.invalidInput", undefined, { email: "auth.register.emailTaken" });
  }

  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const company = await tx.company.create({ data: { name: input.companyName } });
      const owner = await tx.user.create({
        data: { companyId: company.id, email: input.email, name: input.name, passwordHash, role: "OWNER" },
      });
      await recordActivity(tx, { companyId: company.id, userId: owner.id, type: "ACCOUNT_CREATED", ipAddress: input.ip });
      return owner.id;
    });
  } catch (error) {
    // Two sign-ups with one address at once: the unique index lets exactly one win.
    if (error instanceof Error && "code" in error && error.code === "P2002") {
      fail("errors.invalidInput", undefined, { email: "auth.register.emailTaken" });
    }
    throw error;
  }
}
