import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { openPasswordReset, requestPasswordReset } from "@/lib/accounts/password-reset";
import { openRegistration, requestRegistration } from "@/lib/accounts/register";
import { pendingBackupEmail, requestBackupEmail } from "@/lib/accounts/backup-email";
import { inviteEmployee, openInvitation, resendInvitation } from "@/lib/company/invitations";
import { db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { MailDeliveryError } from "@/lib/errors/mail-delivery";
import { INVITATION_TTL_MS } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { sendLoginLinkMail } from "@/lib/sign-in/login-link";
import { createUser, rejectionOf, uniqueIp } from "../support/db-helpers";
import { currentUserOf } from "../support/current-user";
import { failureOf } from "../support/failures";
import { issueLinkToken, openChallenge } from "../support/login-challenge";
import { newAccount } from "../support/people";
import { createFakeResend } from "../support/fake-resend.mjs";

/*
 * Resend failing in the middle of each flow that mails a link (issue 12): answering 500,
 * refusing the address (422), or not answering within the timeout. For each: no link is
 * left in the database that nobody received, nothing is confirmed without its mail, the
 * user is told where the answer is theirs to see, and the retry works. The fake picks
 * the fault from the recipient's address (tests/support/fake-resend.mjs).
 */
const fake = createFakeResend({ slowMs: 3_000 });
const TIMEOUT_MS = "400";
const managed = ["MAIL_TRANSPORT", "RESEND_API_KEY", "RESEND_BASE_URL", "RESEND_TIMEOUT_MS"] as const;
const saved = new Map(managed.map((key) => [key, process.env[key]]));

beforeAll(async () => {
  Object.assign(process.env, { MAIL_TRANSPORT: "resend", RESEND_API_KEY: "re_test_fault", RESEND_BASE_URL: await fake.listen(), RESEND_TIMEOUT_MS: TIMEOUT_MS });
  resetEnvCache();
});
beforeEach(() => resetEnvCache());
afterAll(async () => {
  for (const [key, value] of saved) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
  await fake.close();
});

const FAULTS = [
  { name: "Resend answers 500", prefix: "fail-500" },
  { name: "Resend refuses the address", prefix: "refuse" },
  { name: "Resend does not answer in time", prefix: "slow" },
] as const;

/** An address that gets `fault` once; the next mail to it goes through (the user's retry). */
function faultyOnce(prefix: string, label: string): string {
  return `${prefix}-once-${label}-${randomToken().slice(0, 10).toLowerCase()}@example.test`;
}

/** The link in the newest mail the fake accepted for `to`, by the path it points to. */
function linkTokenMailedTo(to: string, path: RegExp): string {
  const accepted = fake.sent.filter((request) => JSON.stringify(request.body).includes(to));
  const text = (accepted.at(-1)?.body as { text?: string } | undefined)?.text ?? "";
  const token = path.exec(text)?.[1];
  if (!token) throw new Error(`no link mailed to ${to}`);
  return token;
}

describe.each(FAULTS)("$name", ({ prefix }) => {
  it("password reset: no reset link stays behind, the same answer, and a new request works", async () => {
    const user = await createUser({ email: faultyOnce(prefix, "reset") });
    const send = await requestPasswordReset(user.email, uniqueIp());
    if (!send) throw new Error("no mail for a known address");
    // Sent after the response (the answer is the same for unknown addresses): it must not throw.
    await expect(send()).resolves.toBeUndefined();
    expect(await db.emailToken.count({ where: { userId: user.id, purpose: "PASSWORD_RESET" } })).toBe(0);

    const retry = await requestPasswordReset(user.email, uniqueIp());
    await retry?.();
    const token = linkTokenMailedTo(user.email, /\/reset-password\/([A-Za-z0-9_-]+)/);
    expect(await openPasswordReset(token)).toMatchObject({ userId: user.id });
  });

  it("registration: no pending sign-up stays behind, and a new request works", async () => {
    const account = { ...newAccount("signup"), email: faultyOnce(prefix, "signup") };
    const request = { ...account, ip: uniqueIp(), locale: "nl" as const };
    await expect((await requestRegistration(request))()).resolves.toBeUndefined();
    expect(await db.pendingRegistration.count({ where: { email: account.email } })).toBe(0);

    await (await requestRegistration(request))();
    const token = linkTokenMailedTo(account.email, /\/register\/confirm\/([A-Za-z0-9_-]+)/);
    expect(await openRegistration(token)).toMatchObject({ email: account.email });
    expect(await db.user.count({ where: { email: account.email } })).toBe(0);
  });

  it("login link to the backup address: the token row goes, and the next link works", async () => {
    const user = await createUser({ mfa: true, backupPrefix: faultyOnce(prefix, "link").split("@")[0] });
    const challenge = await openChallenge(user.id);
    const failed = await rejectionOf(sendLoginLinkMail({ identifier: user.email, token: await issueLinkToken(challenge) }));
    expect(failed).toBeInstanceOf(MailDeliveryError);
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);

    await sendLoginLinkMail({ identifier: user.email, token: await issueLinkToken(challenge) });
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
  });

  it("backup address: a clear message, nothing pending or confirmed, and the retry works", async () => {
    const user = await createUser();
    const backup = faultyOnce(prefix, "backup");
    const failure = await failureOf(requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp()));
    expect(failure.key).toBe("backup.sendFailed");
    expect(await pendingBackupEmail(user.id)).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ backupEmail: null, backupEmailConfirmedAt: null });

    expect(await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp())).toEqual({ sentTo: backup });
    expect(await pendingBackupEmail(user.id)).toEqual({ email: backup });
  });

  it("invitation: no invitation or activity row without the mail, and the retry works", async () => {
    const owner = await createUser();
    const email = faultyOnce(prefix, "invite");
    const failed = await rejectionOf(inviteEmployee(await currentUserOf(owner.id), email, uniqueIp()));
    expect(failed).toBeInstanceOf(MailDeliveryError);
    expect(await db.invitation.count({ where: { email } })).toBe(0);
    expect(await db.activityEvent.count({ where: { companyId: owner.companyId, type: "EMPLOYEE_INVITED" } })).toBe(0);

    await inviteEmployee(await currentUserOf(owner.id), email, uniqueIp());
    const token = linkTokenMailedTo(email, /\/invite\/([A-Za-z0-9_-]+)/);
    expect(await openInvitation(token)).toMatchObject({ email, companyId: owner.companyId });
    expect(await db.activityEvent.count({ where: { companyId: owner.companyId, type: "EMPLOYEE_INVITED" } })).toBe(1);
  });

  it("invitation sent again: the link the employee already has keeps working", async () => {
    const owner = await createUser();
    const email = faultyOnce(prefix, "resent");
    const earlier = randomToken();
    const invitation = await db.invitation.create({
      data: { companyId: owner.companyId, email, invitedById: owner.id, tokenHash: hashToken(earlier), expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
    });

    expect(await rejectionOf(resendInvitation(await currentUserOf(owner.id), invitation.id))).toBeInstanceOf(MailDeliveryError);
    expect(await openInvitation(earlier)).toMatchObject({ id: invitation.id });

    await resendInvitation(await currentUserOf(owner.id), invitation.id);
    expect(await openInvitation(earlier)).toBeNull();
    expect(await openInvitation(linkTokenMailedTo(email, /\/invite\/([A-Za-z0-9_-]+)/))).toMatchObject({ id: invitation.id });
  });
});

describe("the action wrapper", () => {
  it("answers a failed delivery with the mail message, not the generic one", async () => {
    const action = publicAction(z.object({}), async () => {
      throw new MailDeliveryError({ providerError: "internal_server_error", statusCode: 500, reason: "test" });
    });

    expect(await action({})).toEqual({ ok: false, error: "errors.mailFailed" });
  });
});

describe("the Resend timeout", () => {
  it("gives up after RESEND_TIMEOUT_MS, not the provider's own time", async () => {
    const user = await createUser({ mfa: true, backupPrefix: `slow-${randomToken().slice(0, 8).toLowerCase()}` });
    const started = Date.now();
    await rejectionOf(sendLoginLinkMail({ identifier: user.email, token: await issueLinkToken(await openChallenge(user.id)) }));
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});
