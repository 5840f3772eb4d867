import { describe, expect, it } from "vitest";
import { ActionFailure } from "@/lib/errors/action-failure";
import { confirmBackupEmail, openBackupConfirmation, pendingBackupEmail, requestBackupEmail } from "@/lib/accounts/backup-email";
import { db } from "@/lib/db/client";
import { hashToken } from "@/lib/security/tokens";
import { createUser, uniqueEmail, uniqueIp } from "../support/db-helpers";
import { failureOf } from "../support/failures";
import { currentUserOf } from "../support/current-user";

/*
 * The backup e-mail address on the real database: the domain takes the signed-in user
 * and the client address as arguments, so nothing of Next.js is needed.
 */

function outbox(to: string) {
  return db.outboxMail.findMany({ where: { to }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** The confirmation token from the newest mail to `to` (the real request path made it). */
async function confirmationTokenMailedTo(to: string): Promise<string> {
  const mail = (await outbox(to)).at(-1);
  const match = mail ? /\/backup\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text) : null;
  if (!match?.[1]) throw new Error(`no confirmation link mailed to ${to}`);
  return match[1];
}

describe("backup address: request and confirmation", () => {
  it("refuses the login address and a wrong password, and changes nothing", async () => {
    const user = await createUser();
    const me = await currentUserOf(user.id);
    const same = await failureOf(requestBackupEmail(me, { email: user.email, proof: user.password }, uniqueIp()));
    expect(same.fieldErrors).toEqual({ email: "backup.sameAsLogin" });

    const wrong = await failureOf(requestBackupEmail(me, { email: uniqueEmail("reserve"), proof: `${user.password}x` }, uniqueIp()));
    expect(wrong.fieldErrors).toEqual({ proof: "backup.wrongPassword" });
    const empty = await failureOf(requestBackupEmail(me, { email: uniqueEmail("reserve"), proof: "" }, uniqueIp()));
    expect(empty.fieldErrors).toEqual({ proof: "backup.wrongPassword" });

    expect(await db.emailToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await pendingBackupEmail(user.id)).toBeNull();
  });

  it("sets the address only on confirmation, tells the login address, and works once", async () => {
    const user = await createUser();
    const backup = uniqueEmail("reserve");
    expect(await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp())).toEqual({ sentTo: backup });

    // Waiting: nothing set yet, only a hashed token row.
    expect(await pendingBackupEmail(user.id)).toEqual({ email: backup });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect({ backupEmail: before.backupEmail, backupEmailConfirmedAt: before.backupEmailConfirmedAt }).toEqual({ backupEmail: null, backupEmailConfirmedAt: null });
    const token = await confirmationTokenMailedTo(backup);
    expect(await db.emailToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db.emailToken.count({ where: { tokenHash: hashToken(token), purpose: "BACKUP_EMAIL_CONFIRM" } })).toBe(1);
    expect(await outbox(user.email)).toHaveLength(0);

    await confirmBackupEmail(token);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.backupEmail).toBe(backup);
    expect(after.backupEmailConfirmedAt).toBeInstanceOf(Date);
    expect(await pendingBackupEmail(user.id)).toBeNull();

    const notices = await outbox(user.email);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toBe("Uw back-up e-mailadres is gewijzigd");
    // The notice names the new address masked, not in full.
    expect(notices[0]?.text).not.toContain(backup);
    expect(await db.activityEvent.count({ where: { userId: user.id, type: "BACKUP_EMAIL_CHANGED" } })).toBe(1);

    // Single use.
    const again = await failureOf(confirmBackupEmail(token));
    expect(again.key).toBe("backup.invalid");
    expect(await openBackupConfirmation(token)).toBeNull();
    expect(await outbox(user.email)).toHaveLength(1);
  });

  it("when changing, tells the previous backup address too", async () => {
    const user = await createUser();
    const first = uniqueEmail("eerste");
    const second = uniqueEmail("tweede");
    await requestBackupEmail(await currentUserOf(user.id), { email: first, proof: user.password }, uniqueIp());
    await confirmBackupEmail(await confirmationTokenMailedTo(first));
    expect(await outbox(first)).toHaveLength(1); // only its confirmation mail

    await requestBackupEmail(await currentUserOf(user.id), { email: second, proof: user.password }, uniqueIp());
    // Until the new mailbox confirms, the old address stays in use.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBe(first);
    await confirmBackupEmail(await confirmationTokenMailedTo(second));

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBe(second);
    const toFirst = await outbox(first);
    expect(toFirst.map((mail) => mail.subject)).toEqual(["Bevestig uw back-up e-mailadres", "Uw back-up e-mailadres is gewijzigd"]);
    expect((await outbox(user.email)).map((mail) => mail.subject)).toEqual([
      "Uw back-up e-mailadres is gewijzigd",
      "Uw back-up e-mailadres is gewijzigd",
    ]);
  });

  it("a newer request voids the older, unconfirmed one", async () => {
    const user = await createUser();
    const first = uniqueEmail("eerste");
    const second = uniqueEmail("tweede");
    await requestBackupEmail(await currentUserOf(user.id), { email: first, proof: user.password }, uniqueIp());
    const firstToken = await confirmationTokenMailedTo(first);
    await requestBackupEmail(await currentUserOf(user.id), { email: second, proof: user.password }, uniqueIp());
    expect((await failureOf(confirmBackupEmail(firstToken))).key).toBe("backup.invalid");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBeNull();
  });

  it("refuses an expired confirmation", async () => {
    const user = await createUser();
    const backup = uniqueEmail("reserve");
    await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp());
    const token = await confirmationTokenMailedTo(backup);
    await db.emailToken.updateMany({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect((await failureOf(confirmBackupEmail(token))).key).toBe("backup.invalid");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBeNull();
  });

  it("lets exactly one of concurrent confirmations succeed", async () => {
    const user = await createUser();
    const backup = uniqueEmail("reserve");
    await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp());
    const token = await confirmationTokenMailedTo(backup);

    const results = await Promise.allSettled(Array.from({ length: 5 }, () => confirmBackupEmail(token)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(refused).toHaveLength(4);
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(ActionFailure);
      expect(reason instanceof ActionFailure ? reason.key : null).toBe("backup.invalid");
    }
    expect(await db.activityEvent.count({ where: { userId: user.id, type: "BACKUP_EMAIL_CHANGED" } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBe(backup);
  });

  it("a refused concurrent confirmation does not undo the winner's notice to the login address", async () => {
    // The losers roll back their own transaction; the winner's mail (written outside any
    // transaction) must survive that.
    const user = await createUser();
    const backup = uniqueEmail("reserve");
    await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp());
    const token = await confirmationTokenMailedTo(backup);

    await Promise.allSettled(Array.from({ length: 5 }, () => confirmBackupEmail(token)));
    expect((await outbox(user.email)).map((mail) => mail.subject)).toEqual(["Uw back-up e-mailadres is gewijzigd"]);
  });
});
