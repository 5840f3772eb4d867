import { db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import type { CurrentUser } from "@/lib/session/load-user";

/**
 * Who may read the outbox page (app/dev/outbox), and which mail they see. The outbox holds
 * working login and reset links, so:
 * - development with the outbox transport: anyone, every mail (a developer's own machine);
 * - a production build: only with OUTBOX_PAGE=true (a demo without a mail provider), only a
 *   signed-in owner, and only their own company's mail;
 * - otherwise the page does not exist.
 */
export type OutboxView = { scope: "all" } | { scope: "company"; addresses: string[] } | null;

type Config = Pick<Env, "NODE_ENV" | "OUTBOX_PAGE" | "mailTransport">;

export async function outboxView(config: Config, user: CurrentUser | null): Promise<OutboxView> {
  if (config.mailTransport !== "outbox") return null;
  if (config.NODE_ENV !== "production") return { scope: "all" };
  if (config.OUTBOX_PAGE !== "true" || !user || user.mustEnrol || user.role !== "OWNER") return null;
  return { scope: "company", addresses: await companyAddresses(user.companyId) };
}

/**
 * The addresses whose mail belongs to a company: its people's login and confirmed backup
 * addresses, and the addresses it invited or its people asked to confirm as backup. An address
 * that someone in another company signs in with or has confirmed is left out even if this
 * company invited it or named it as a backup: inviting an address must never show its owner's links.
 */
export async function companyAddresses(companyId: string): Promise<string[]> {
  const claims = { email: true, backupEmail: true, backupEmailConfirmedAt: true } as const;
  const [people, invitations, pendingBackups] = await Promise.all([
    db.user.findMany({ where: { companyId }, select: claims }),
    db.invitation.findMany({ where: { companyId }, select: { email: true } }),
    db.emailToken.findMany({ where: { purpose: "BACKUP_EMAIL_CONFIRM", user: { companyId } }, select: { email: true } }),
  ]);
  const ours = [...new Set([...claimed(people), ...invitations.map((row) => row.email), ...pendingBackups.map((row) => row.email)])];
  const elsewhere = await db.user.findMany({
    where: {
      companyId: { not: companyId },
      OR: [{ email: { in: ours } }, { backupEmail: { in: ours }, backupEmailConfirmedAt: { not: null } }],
    },
    select: claims,
  });
  const taken = new Set(claimed(elsewhere));
  return ours.filter((address) => !taken.has(address)).sort();
}

type Claims = { email: string; backupEmail: string | null; backupEmailConfirmedAt: Date | null };

function claimed(rows: Claims[]): string[] {
  return rows.flatMap((row) => (row.backupEmail && row.backupEmailConfirmedAt ? [row.email, row.backupEmail] : [row.email]));
}
