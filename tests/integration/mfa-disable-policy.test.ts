import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { disableMfa, mfaDisableRule } from "@/lib/mfa/manage";
import { createPerson } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { failureOf } from "../support/failures";
import { uniqueIp } from "../support/unique";

/*
 * Issue 10: while "Multifactor authenticatie verplicht stellen voor medewerkers" is on, nobody
 * in the company switches MFA off — the owner who set it included. Real database, real codes.
 */
async function ownerWithMfa(mfaRequired: boolean) {
  const owner = await createPerson({ mfa: true });
  await db.company.update({ where: { id: owner.companyId }, data: { mfaRequired } });
  return owner;
}

const credentialsOf = (userId: string) => db.totpCredential.count({ where: { userId } });

describe("disableMfa and the company's MFA policy", () => {
  it("refuses an owner while the policy is on, even with a correct code, and changes nothing", async () => {
    const owner = await ownerWithMfa(true);
    const user = await currentUserOf(owner.id);
    const failure = await failureOf(disableMfa(user, owner.recoveryCodes[0] ?? "", uniqueIp()));
    expect(failure.key).toBe("mfa.manage.requiredForOwner");
    expect(await credentialsOf(owner.id)).toBe(1);
    // The refusal comes before the code is checked: the recovery code is still unused.
    expect(await db.recoveryCode.count({ where: { userId: owner.id, usedAt: null } })).toBe(10);
    expect(mfaDisableRule(user)).toEqual({ canDisable: false, reason: "requiredForOwner" });
  });

  it("still refuses an employee under the policy with the employee's message", async () => {
    const owner = await ownerWithMfa(true);
    const employee = await createPerson({ companyId: owner.companyId, mfa: true });
    const failure = await failureOf(disableMfa(await currentUserOf(employee.id), employee.recoveryCodes[0] ?? "", uniqueIp()));
    expect(failure.key).toBe("mfa.manage.requiredByCompany");
    expect(await credentialsOf(employee.id)).toBe(1);
  });

  it("lets the owner switch it off once the policy is off", async () => {
    const owner = await ownerWithMfa(false);
    const user = await currentUserOf(owner.id);
    expect(mfaDisableRule(user)).toEqual({ canDisable: true });
    await disableMfa(user, owner.recoveryCodes[0] ?? "", uniqueIp());
    expect(await credentialsOf(owner.id)).toBe(0);
  });
});
