import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { RECENT_SIGN_IN_MS } from "@/lib/limits";
import { pendingSetup } from "@/lib/mfa/credentials";
import { confirmEnrolment } from "@/lib/mfa/enrol";
import { disableMfa } from "@/lib/mfa/manage";
import { createPerson } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { uniqueIp } from "../support/unique";
import { failureOf } from "../support/failures";
import { totpAt, wrongCodeAt } from "../support/rfc6238";

/*
 * ASVS 7.5.1 (docs/SECURITY.md, "TOTP"): switching MFA on or off needs re-authentication,
 * and each failed proof counts and is logged, as a stolen session would try.
 */
const longAgo = () => new Date(Date.now() - RECENT_SIGN_IN_MS - 60_000);

describe("re-authentication for MFA changes", () => {
  it("first enrolment, long after sign-in, needs the password; a wrong one is refused and logged", async () => {
    const person = await createPerson();
    const me = await currentUserOf(person.id, { authenticatedAt: longAgo() });
    const { secret } = await pendingSetup(me);

    const wrong = await failureOf(confirmEnrolment(me, { code: totpAt(secret, Date.now()), password: "niet mijn wachtwoord" }, uniqueIp()));
    expect(wrong.fieldErrors).toEqual({ password: "mfa.setup.wrongPassword" });
    expect(await db.activityEvent.count({ where: { userId: person.id, type: "REAUTH_FAILED", detail: "mfaSetup" } })).toBe(1);
    expect(await db.totpCredential.count({ where: { userId: person.id, confirmedAt: { not: null } } })).toBe(0);

    const done = await confirmEnrolment(me, { code: totpAt(secret, Date.now()), password: person.password }, uniqueIp());
    expect(done.recoveryCodes).toHaveLength(10);
  });

  it("switching MFA off needs a current code; a wrong one is refused and logged", async () => {
    const person = await createPerson({ mfa: true });
    const me = await currentUserOf(person.id, { authenticatedAt: longAgo(), sessionSecondFactor: "totp" });
    expect((await failureOf(disableMfa(me, "", uniqueIp()))).fieldErrors).toEqual({ currentFactor: "mfa.reauth.required" });
    const wrong = await failureOf(disableMfa(me, wrongCodeAt(person.key, Date.now()), uniqueIp()));
    expect(wrong.fieldErrors).toEqual({ currentFactor: "mfa.reauth.wrong" });
    expect(await db.activityEvent.count({ where: { userId: person.id, type: "SECOND_FACTOR_FAILED" } })).toBe(1);
    expect(await db.totpCredential.count({ where: { userId: person.id } })).toBe(1);
  });
});
