import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { escapeHtml, renderMail } from "@/lib/mail/layout";
import { sendMail } from "@/lib/mail/send";
import * as templates from "@/lib/mail/templates";
import type { MailContent } from "@/lib/mail/templates";

const locale = "nl" as const;
const hostile = `<script>alert("x")</script> & Co`;
const when = new Date("2025-01-15T13:05:00Z"); // 14:05 in Amsterdam (CET)
const until = new Date("2025-07-01T12:20:00Z"); // 14:20 in Amsterdam (CEST)

function appUrl(path: string): string {
  return new URL(path, env().APP_URL).href;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("sendMail to the outbox", () => {
  it("stores both parts and logs recipient and subject, never the body", async () => {
    const to = `outbox-${randomUUID()}@example.test`;
    const token = `tok_${randomUUID()}`;
    // The app's logger (lib/log.ts) writes info lines to stdout.
    const logged: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      if (String(chunk).includes("mailer.outbox")) logged.push(String(chunk));
      return true;
    });

    await sendMail({
      to,
      subject: "Uw login link",
      html: `<p><a href="https://app.example/login?token=${token}">Inloggen</a></p>`,
      text: `Inloggen: https://app.example/login?token=${token}`,
    });

    const rows = await db.outboxMail.findMany({ where: { to } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.subject).toBe("Uw login link");
    expect(rows[0]?.html).toContain(token);
    expect(rows[0]?.text).toContain(token);

    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(to);
    expect(logged[0]).toContain("Uw login link");
    expect(logged[0]).toContain("/dev/outbox");
    expect(logged[0]).not.toContain(token);
  });
});

type Case = { name: string; build: () => MailContent; url?: string; interpolatesHostile: boolean };

function cases(): Case[] {
  const url = appUrl(`/link?token=tok_${randomUUID()}&step=2`);
  const t = templates;
  return [
    { name: "welcome", build: () => t.welcomeMail({ locale, name: hostile, companyName: hostile }), interpolatesHostile: true },
    { name: "passwordChanged", build: () => t.passwordChangedMail({ locale, name: hostile, when }), interpolatesHostile: true },
    { name: "mfaEnabled", build: () => t.mfaEnabledMail({ locale, name: hostile, when }), interpolatesHostile: true },
    { name: "mfaDisabled", build: () => t.mfaDisabledMail({ locale, name: hostile, when }), interpolatesHostile: true },
    { name: "authenticatorReplaced", build: () => t.authenticatorReplacedMail({ locale, name: hostile, when }), interpolatesHostile: true },
    { name: "recoveryCodesRegenerated", build: () => t.recoveryCodesRegeneratedMail({ locale, name: hostile, when }), interpolatesHostile: true },
    { name: "recoveryCodeUsed", build: () => t.recoveryCodeUsedMail({ locale, name: hostile, when, remaining: 4 }), interpolatesHostile: true },
    { name: "secondFactorLocked", build: () => t.secondFactorLockedMail({ locale, name: hostile, when, until }), interpolatesHostile: true },
    {
      name: "invitation",
      build: () => t.invitationMail({ locale, companyName: hostile, inviterName: hostile, url, expiresAt: until }),
      url,
      interpolatesHostile: true,
    },
    { name: "mfaReminder", build: () => t.mfaReminderMail({ locale, name: hostile, companyName: hostile, url }), url, interpolatesHostile: true },
    { name: "mfaResetByOwner", build: () => t.mfaResetByOwnerMail({ locale, name: hostile, ownerName: hostile }), interpolatesHostile: true },
    { name: "mfaPolicyChanged on", build: () => t.mfaPolicyChangedMail({ locale, name: hostile, enabled: true }), interpolatesHostile: true },
    { name: "mfaPolicyChanged off", build: () => t.mfaPolicyChangedMail({ locale, name: hostile, enabled: false }), interpolatesHostile: true },
    { name: "backupEmailConfirm", build: () => t.backupEmailConfirmMail({ locale, url }), url, interpolatesHostile: false },
    {
      name: "backupEmailChanged",
      build: () => t.backupEmailChangedMail({ locale, newAddressMasked: hostile, when }),
      interpolatesHostile: true,
    },
    { name: "backupLoginLink", build: () => t.backupLoginLinkMail({ locale, url, expiresMinutes: 10 }), url, interpolatesHostile: false },
    { name: "backupLoginUsed", build: () => t.backupLoginUsedMail({ locale, when }), interpolatesHostile: false },
    { name: "passwordReset", build: () => t.passwordResetMail({ locale, url, expiresMinutes: 30 }), url, interpolatesHostile: false },
  ];
}

describe("mail templates", () => {
  it.each(cases())("$name renders a subject, an HTML part and a matching text part", ({ build, url, interpolatesHostile }) => {
    const mail = build();
    expect(mail.subject.trim().length).toBeGreaterThan(3);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).toMatch(/^<!DOCTYPE html><html lang="nl">/);
    expect(mail.html).toContain("</html>");
    expect(mail.text.length).toBeGreaterThan(40);
    expect(mail.text).not.toMatch(/<\/?(p|td|a|table)\b/);

    // No value may open a tag or an attribute in the HTML part.
    expect(mail.html).not.toContain("<script");
    expect(mail.html).not.toContain(`alert("x")`);
    if (interpolatesHostile) {
      expect(mail.html).toContain(escapeHtml(hostile));
      expect(mail.text).toContain(hostile);
    }

    if (url) {
      expect(mail.html).toContain(`href="${escapeHtml(url)}"`);
      expect(mail.text).toContain(url);
    } else {
      expect(mail.html).not.toContain("href=");
    }
  });

  it("shows times in Dutch, in Amsterdam time, winter and summer", () => {
    expect(templates.passwordChangedMail({ locale, name: "Ada", when }).text).toContain("15 januari 2025 om 14:05");
    expect(templates.secondFactorLockedMail({ locale, name: "Ada", when, until }).text).toContain("1 juli 2025 om 14:20");
  });

  it("tells a security notice's reader what to do if it was not them", () => {
    for (const mail of [
      templates.mfaDisabledMail({ locale, name: "Ada", when }),
      templates.backupLoginUsedMail({ locale, when }),
      templates.backupEmailChangedMail({ locale, newAddressMasked: "a***@example.test", when }),
    ]) {
      expect(mail.text).toContain("Was u dit niet?");
      expect(mail.text).toContain("eigenaar van uw account");
    }
  });

  it("counts the remaining recovery codes in words that fit", () => {
    expect(templates.recoveryCodeUsedMail({ locale, name: "Ada", remaining: 4 }).text).toContain("nog 4 herstelcodes");
    expect(templates.recoveryCodeUsedMail({ locale, name: "Ada", remaining: 1 }).text).toContain("nog 1 herstelcode ");
    expect(templates.recoveryCodeUsedMail({ locale, name: "Ada", remaining: 0 }).text).toContain("geen herstelcodes meer");
  });

  it("greets without a name when there is none", () => {
    expect(templates.passwordChangedMail({ locale, name: null }).text).toContain("Beste gebruiker,");
  });

  it("keeps a subject on one line even if a name holds a line break", () => {
    const mail = templates.invitationMail({
      locale,
      companyName: "Acme\r\nBcc: someone@example.test",
      inviterName: "Ada",
      url: appUrl("/invite/abc"),
      expiresAt: until,
    });
    expect(mail.subject).toBe("Ada nodigt u uit voor Acme Bcc: someone@example.test");
  });

  it("refuses a button that leads anywhere but the app", () => {
    const render = (url: string) => renderMail({ locale, heading: "H", paragraphs: ["p"], action: { label: "Go", url } });
    expect(() => render("javascript:alert(1)")).toThrow();
    expect(() => render("/relative/path")).toThrow();
    expect(() => render("https://evil.example/login")).toThrow();
    expect(render(appUrl("/ok")).html).toContain(appUrl("/ok"));
  });
});
