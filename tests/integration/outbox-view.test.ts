import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { outboxView } from "@/lib/mail/outbox-view";
import { createPerson } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { uniqueEmail } from "../support/unique";

/*
 * Issue 10: /dev/outbox (app/dev/outbox/page.tsx) holds working login links. A production
 * build shows it only to a signed-in owner, and only their own company's mail.
 */
const production = { NODE_ENV: "production", OUTBOX_PAGE: "true", mailTransport: "outbox" } as const;

function invite(companyId: string, invitedById: string, email: string) {
  return db.invitation.create({
    data: { companyId, invitedById, email, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 3_600_000) },
  });
}

describe("outboxView", () => {
  it("in production, is closed to the signed-out, to employees, and without OUTBOX_PAGE=true", async () => {
    const owner = await createPerson();
    const employee = await createPerson({ companyId: owner.companyId });
    expect(await outboxView(production, null)).toBeNull();
    expect(await outboxView(production, await currentUserOf(employee.id))).toBeNull();
    expect(await outboxView({ ...production, OUTBOX_PAGE: "false" }, await currentUserOf(owner.id))).toBeNull();
    expect(await outboxView({ ...production, mailTransport: "resend" }, await currentUserOf(owner.id))).toBeNull();
  });

  it("in development with the outbox transport, shows every mail to anyone", async () => {
    expect(await outboxView({ ...production, NODE_ENV: "development", OUTBOX_PAGE: "false" }, null)).toEqual({ scope: "all" });
    expect(await outboxView({ ...production, NODE_ENV: "development", mailTransport: "resend" }, null)).toBeNull();
  });

  it("shows an owner the mail of their own company's addresses only", async () => {
    const owner = await createPerson({ backupPrefix: "reserve" });
    const employee = await createPerson({ companyId: owner.companyId, backupPrefix: "nood" });
    const invited = uniqueEmail("uitgenodigd");
    await invite(owner.companyId, owner.id, invited);
    const stranger = await createPerson({ backupPrefix: "reserve" });
    // Inviting someone else's address must not show that person's links.
    await invite(owner.companyId, owner.id, stranger.email);
    await invite(owner.companyId, owner.id, stranger.backup);

    const view = await outboxView(production, await currentUserOf(owner.id));
    expect(view).toEqual({ scope: "company", addresses: [owner.email, owner.backup, employee.email, employee.backup, invited].sort() });
  });
});
