import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { limits } from "@/lib/limits";
import { askOwnerForHelp } from "@/lib/sign-in/ask-owner";
import { createPerson, type MfaPerson } from "../support/people";
import { uniqueIp } from "../support/unique";
import { openChallenge } from "../support/login-challenge";

/*
 * Issue 14, "Vraag de eigenaar om hulp", on the real database: an employee at the second
 * step mails the owners of their own company (a link to Medewerkers, no code), within the
 * limits, and it is logged; the function answers the same (nothing) in every case.
 */

type Team = { owner: MfaPerson; employee: MfaPerson };

async function team(): Promise<Team> {
  const owner = await createPerson({ mfa: true, label: "eigenaar" });
  const employee = await createPerson({ mfa: true, recoveryCodes: false, companyId: owner.companyId, label: "medewerker" });
  return { owner, employee };
}

/** Requests naming the employee: the owner's other mails do not. */
function requestsTo(to: string, employee: MfaPerson) {
  return db.outboxMail.findMany({ where: { to, text: { contains: employee.email } } });
}

function helpEvents(userId: string) {
  return db.activityEvent.findMany({ where: { userId, type: "HELP_REQUESTED" } });
}

describe("askOwnerForHelp", () => {
  it("mails the owner of the employee's company once, with a link to Medewerkers and no code", async () => {
    const { owner, employee } = await team();
    const stranger = await createPerson({ mfa: true, label: "andere-eigenaar" });
    const ip = uniqueIp();
    await expect(askOwnerForHelp(await openChallenge(employee.id), ip)).resolves.toBeUndefined();

    const mails = await requestsTo(owner.email, employee);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(employee.name);
    expect(mails[0]!.text).toContain(`/employees?q=${encodeURIComponent(employee.email)}`);
    expect(mails[0]!.text).toContain(ip);
    expect(mails[0]!.text).not.toMatch(/token=|code=/);
    expect(await requestsTo(stranger.email, employee)).toHaveLength(0);
    expect(await requestsTo(employee.email, employee)).toHaveLength(0);

    const events = await helpEvents(employee.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ companyId: employee.companyId, ipAddress: ip });
  });

  it("writes in the owner's language", async () => {
    const { owner, employee } = await team();
    await db.user.update({ where: { id: owner.id }, data: { locale: "en" } });
    await askOwnerForHelp(await openChallenge(employee.id), uniqueIp());
    const [mail] = await requestsTo(owner.email, employee);
    expect(mail?.subject).toContain("asks you to reset");
  });

  it("does nothing, silently, for an owner, without a challenge, or after the second step", async () => {
    const { owner, employee } = await team();
    await expect(askOwnerForHelp(await openChallenge(owner.id), uniqueIp())).resolves.toBeUndefined();
    await expect(askOwnerForHelp(null, uniqueIp())).resolves.toBeUndefined();
    await expect(askOwnerForHelp("not-a-token", uniqueIp())).resolves.toBeUndefined();
    await askOwnerForHelp(await openChallenge(employee.id, { secondFactorAt: new Date() }), uniqueIp());
    await askOwnerForHelp(await openChallenge(employee.id, { expiresAt: new Date(Date.now() - 1000) }), uniqueIp());
    expect(await requestsTo(owner.email, employee)).toHaveLength(0);
    expect(await db.outboxMail.count({ where: { text: { contains: owner.email } } })).toBe(0);
    expect(await helpEvents(owner.id)).toHaveLength(0);
    expect(await helpEvents(employee.id)).toHaveLength(0);
  });

  it(`holds ${limits.askOwnerPerChallenge.limit} requests per challenge, whatever the IP`, async () => {
    const { owner, employee } = await team();
    const challengeToken = await openChallenge(employee.id);
    for (let request = 0; request < limits.askOwnerPerChallenge.limit + 2; request++) {
      await expect(askOwnerForHelp(challengeToken, uniqueIp())).resolves.toBeUndefined();
    }
    expect(await requestsTo(owner.email, employee)).toHaveLength(limits.askOwnerPerChallenge.limit);
    expect(await helpEvents(employee.id)).toHaveLength(limits.askOwnerPerChallenge.limit);
    // A new password step may ask again.
    await askOwnerForHelp(await openChallenge(employee.id), uniqueIp());
    expect(await requestsTo(owner.email, employee)).toHaveLength(limits.askOwnerPerChallenge.limit + 1);
  });

  it(`holds ${limits.askOwnerPerIp.limit} requests per IP across challenges`, async () => {
    const { owner, employee } = await team();
    const ip = uniqueIp();
    for (let request = 0; request < limits.askOwnerPerIp.limit + 2; request++) {
      await askOwnerForHelp(await openChallenge(employee.id), ip);
    }
    expect(await requestsTo(owner.email, employee)).toHaveLength(limits.askOwnerPerIp.limit);
  });
});
