import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { landingAfterSignIn } from "@/lib/sign-in/landing";
import { createPerson } from "../support/people";
import { openChallenge } from "../support/login-challenge";

/*
 * A sign-in lands where the proxy would send the person anyway, so the action's redirect
 * is never redirected a second time (which would leave the address bar on the first page).
 */
describe("landingAfterSignIn", () => {
  it("sends an employee who must enrol to the setup page, whatever was asked", async () => {
    const owner = await createPerson({ mfa: true });
    const employee = await createPerson({ companyId: owner.companyId });
    await db.company.update({ where: { id: owner.companyId }, data: { mfaRequired: true } });
    const token = await openChallenge(employee.id, { secondFactorAt: new Date() });
    expect(await landingAfterSignIn(token, "/dashboard")).toBe("/mfa/setup");
    expect(await landingAfterSignIn(token, "/account?x=1")).toBe("/mfa/setup");
  });

  it("keeps the page asked for otherwise, and sends an enrolled employee from the setup page on", async () => {
    const owner = await createPerson({ mfa: true });
    const employee = await createPerson({ companyId: owner.companyId, mfa: true });
    const ownerToken = await openChallenge(owner.id, { secondFactorAt: new Date() });
    const employeeToken = await openChallenge(employee.id, { secondFactorAt: new Date() });
    expect(await landingAfterSignIn(ownerToken, "/account?x=1")).toBe("/account?x=1");
    expect(await landingAfterSignIn(ownerToken, "/mfa/setup")).toBe("/mfa/setup");
    expect(await landingAfterSignIn(employeeToken, "/mfa/setup")).toBe("/dashboard");
    expect(await landingAfterSignIn(employeeToken, "/mfa/setup?replace")).toBe("/mfa/setup?replace");
    expect(await landingAfterSignIn(null, "/dashboard")).toBe("/dashboard");
  });
});
