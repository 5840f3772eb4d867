import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { pendingSetup } from "@/lib/mfa/credentials";
import { confirmEnrolment } from "@/lib/mfa/enrol";
import { createPerson } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { uniqueIp } from "../support/unique";
import { failureOf } from "../support/failures";
import { totpAt } from "../support/rfc6238";

/*
 * docs/SECURITY.md, "Sessions": the pending authenticator key belongs to the session that
 * asked for it. The attacker here knows the employee's password and keeps /mfa/setup open
 * in a second session, hoping to see the key the employee is about to scan.
 */
describe("a key being set up belongs to its session", () => {
  it("two sessions of one user get different keys, and each can confirm only its own", async () => {
    const person = await createPerson();
    const employee = await currentUserOf(person.id);
    const attacker = await currentUserOf(person.id);
    expect(attacker.sessionId).not.toBe(employee.sessionId);

    const employeesKey = await pendingSetup(employee);
    const attackersKey = await pendingSetup(attacker);
    expect(attackersKey.secret).not.toBe(employeesKey.secret);
    // Reloading keeps each session's own key; the other session's visit did not replace it.
    expect((await pendingSetup(employee)).secret).toBe(employeesKey.secret);

    // The attacker cannot confirm the employee's key, even with a valid code for it.
    const stolen = await failureOf(confirmEnrolment(attacker, { code: totpAt(employeesKey.secret, Date.now()) }, uniqueIp()));
    expect(stolen.fieldErrors?.code ?? stolen.key).toMatch(/wrongCode|mfa\.setup/);
    expect(await db.totpCredential.count({ where: { userId: person.id, confirmedAt: { not: null } } })).toBe(0);

    // The employee confirms their own; the attacker's key is gone with it.
    const done = await confirmEnrolment(employee, { code: totpAt(employeesKey.secret, Date.now()) }, uniqueIp());
    expect(done.recoveryCodes).toHaveLength(10);
    const credentials = await db.totpCredential.findMany({ where: { userId: person.id } });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.confirmedAt).not.toBeNull();
    expect(credentials[0]!.sessionId).toBe(employee.sessionId);
  });
});
