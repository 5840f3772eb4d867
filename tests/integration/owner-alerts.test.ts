import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { db } from "@/lib/db/client";
import { LOCK_AFTER_FAILURES } from "@/lib/limits";
import { ownerAlertKinds, ownerAlertSettings, setOwnerAlertSettings, type OwnerAlertKind } from "@/lib/company/owner-alerts";
import { pendingSetup } from "@/lib/mfa/credentials";
import { confirmEnrolment } from "@/lib/mfa/enrol";
import { disableMfa } from "@/lib/mfa/manage";
import { verifySecondFactor } from "@/lib/mfa/second-factor";
import { recordLinkSignIn } from "@/lib/sign-in/login-link";
import { passSecondStep } from "@/lib/sign-in/second-step";
import { passwordStep } from "@/lib/sign-in/password-step";
import { createPerson, type MfaPerson } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { uniqueIp } from "../support/unique";
import { totpAt, wrongCodeAt } from "../support/rfc6238";
import { createFakeResend } from "../support/fake-resend.mjs";

/*
 * Issue 14, "Owner alerts", on the real database: each of the four kinds mails the owner
 * of the employee's own company once (naming who, what, when and from which IP, in the
 * owner's language), never another company's owner, and nothing when switched off.
 */

type Team = { owner: MfaPerson; employee: MfaPerson };

async function team(): Promise<Team> {
  const owner = await createPerson({ mfa: true, label: "eigenaar" });
  const employee = await createPerson({ mfa: true, companyId: owner.companyId, label: "medewerker" });
  return { owner, employee };
}

/** Mails about the employee: the owner's other mails (welcome, own notices) do not name them. */
function alertsTo(to: string, employee: MfaPerson) {
  return db.outboxMail.findMany({ where: { to, text: { contains: employee.email } } });
}

async function switchOff(owner: MfaPerson, kind: OwnerAlertKind): Promise<void> {
  const settings = { recoveryLogin: true, mfaDisabled: true, authenticatorReplaced: true, secondFactorLocked: true, [kind]: false };
  await setOwnerAlertSettings(await currentUserOf(owner.id), settings, uniqueIp());
}

// What the employee does, and a word every owner alert of that kind (in Dutch) contains.
const events: Record<OwnerAlertKind, { act: (employee: MfaPerson, ip: string) => Promise<unknown>; subject: string }[]> = {
  recoveryLogin: [
    {
      act: async (employee, ip) => {
        const { challengeToken } = await passwordStep({ email: employee.email, password: employee.password, ip });
        return passSecondStep(challengeToken, employee.recoveryCodes[0]!, ip);
      },
      subject: "herstelcode",
    },
    { act: (employee, ip) => recordLinkSignIn(employee.id, ip), subject: "login link" },
  ],
  mfaDisabled: [{ act: async (employee, ip) => disableMfa(await currentUserOf(employee.id), totpAt(employee.key, Date.now()), ip), subject: "uitgeschakeld" }],
  authenticatorReplaced: [
    {
      act: async (employee, ip) => {
        const me = await currentUserOf(employee.id);
        const { secret } = await pendingSetup(me);
        // A recovery code as proof: giving one inside the app is no sign-in, so no second alert.
        return confirmEnrolment(me, { code: totpAt(secret, Date.now()), currentFactor: employee.recoveryCodes[0]! }, ip);
      },
      subject: "authenticator app",
    },
  ],
  secondFactorLocked: [
    {
      act: async (employee, ip) => {
        const row = await db.user.findUniqueOrThrow({ where: { id: employee.id } });
        for (let attempt = 0; attempt < LOCK_AFTER_FAILURES; attempt++) await verifySecondFactor(row, wrongCodeAt(employee.key, Date.now()), ip);
      },
      subject: "verkeerde verificatiecode",
    },
  ],
};

describe("owner alerts", () => {
  it("are all on for a new company", async () => {
    const { owner } = await team();
    expect(await ownerAlertSettings(owner.companyId)).toEqual({ recoveryLogin: true, mfaDisabled: true, authenticatorReplaced: true, secondFactorLocked: true });
  });

  for (const kind of ownerAlertKinds) {
    for (const [index, event] of events[kind].entries()) {
      it(`${kind} #${index + 1}: one mail to this company's owner, none to another company's`, { timeout: 30_000 }, async () => {
        const { owner, employee } = await team();
        const stranger = await createPerson({ mfa: true, label: "ander" });
        const ip = uniqueIp();
        await event.act(employee, ip);

        const alerts = await alertsTo(owner.email, employee);
        expect(alerts).toHaveLength(1);
        const [alert] = alerts;
        expect(alert!.subject.toLowerCase()).toContain(event.subject);
        expect(alert!.subject).toContain(employee.name);
        expect(alert!.text).toContain(ip);
        expect(alert!.text).toContain(String(new Date().getFullYear()));
        // Never a code: not the recovery codes, not the current authenticator code.
        for (const code of employee.recoveryCodes) expect(alert!.text).not.toContain(code);
        expect(await db.outboxMail.count({ where: { to: stranger.email, text: { contains: employee.email } } })).toBe(0);
      });

      it(`${kind} #${index + 1}: no mail when the owner switched that kind off`, { timeout: 30_000 }, async () => {
        const { owner, employee } = await team();
        await switchOff(owner, kind);
        await event.act(employee, uniqueIp());
        expect(await alertsTo(owner.email, employee)).toHaveLength(0);
      });
    }
  }

  it("another kind switched off does not stop this one", async () => {
    const { owner, employee } = await team();
    await switchOff(owner, "mfaDisabled");
    await recordLinkSignIn(employee.id, uniqueIp());
    expect(await alertsTo(owner.email, employee)).toHaveLength(1);
  });

  it("an owner's own events mail no owner", async () => {
    const { owner } = await team();
    const second = await createPerson({ mfa: true, companyId: owner.companyId, role: "OWNER", label: "mede-eigenaar" });
    await recordLinkSignIn(owner.id, uniqueIp());
    await disableMfa(await currentUserOf(owner.id), totpAt(owner.key, Date.now()), uniqueIp());
    expect(await alertsTo(second.email, owner)).toHaveLength(0);
    expect(await alertsTo(owner.email, owner)).toHaveLength(0);
  });

  it("is written in the owner's language", async () => {
    const { owner, employee } = await team();
    await db.user.update({ where: { id: owner.id }, data: { locale: "en" } });
    await db.user.update({ where: { id: employee.id }, data: { locale: "nl" } });
    await recordLinkSignIn(employee.id, uniqueIp());
    const [alert] = await alertsTo(owner.email, employee);
    expect(alert!.subject).toBe(`${employee.name} signed in with the sign-in link`);
  });

  it("saving the settings is recorded in the activity log", async () => {
    const { owner } = await team();
    await switchOff(owner, "secondFactorLocked");
    expect(await ownerAlertSettings(owner.companyId)).toMatchObject({ secondFactorLocked: false, recoveryLogin: true });
    const event = await db.activityEvent.findFirstOrThrow({ where: { companyId: owner.companyId, type: "OWNER_ALERTS_CHANGED" } });
    expect(event.userId).toBe(owner.id);
    expect(event.detail).toContain("secondFactorLocked=off");
  });
});

describe("an alert that cannot be sent", () => {
  // Resend answers 500 for the owner's address (tests/support/fake-resend.mjs); the employee's own mail goes through.
  const fake = createFakeResend({ slowMs: 1_000 });
  const managed = ["MAIL_TRANSPORT", "RESEND_API_KEY", "RESEND_BASE_URL"] as const;
  const saved = new Map(managed.map((key) => [key, process.env[key]]));
  beforeAll(async () => {
    Object.assign(process.env, { MAIL_TRANSPORT: "resend", RESEND_API_KEY: "re_test_alerts", RESEND_BASE_URL: await fake.listen() });
    resetEnvCache();
  });
  afterAll(async () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetEnvCache();
    await fake.close();
  });

  it("does not undo the employee's recovery-code sign-in", { timeout: 30_000 }, async () => {
    const owner = await createPerson({ mfa: true, email: `fail-500-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test` });
    const employee = await createPerson({ mfa: true, companyId: owner.companyId });
    const ip = uniqueIp();
    const { challengeToken } = await passwordStep({ email: employee.email, password: employee.password, ip });
    await expect(passSecondStep(challengeToken, employee.recoveryCodes[0]!, ip)).resolves.toMatchObject({ ok: true, method: "recovery" });
    const challenge = await db.loginChallenge.findFirstOrThrow({ where: { userId: employee.id }, orderBy: { createdAt: "desc" } });
    expect(challenge.secondFactor).toBe("recovery");
    expect(await db.activityEvent.count({ where: { userId: employee.id, type: "RECOVERY_CODE_USED" } })).toBe(1);
  });
});
