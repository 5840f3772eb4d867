import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setUserLocale } from "@/lib/accounts/locale";
import { changePassword } from "@/lib/accounts/change-password";
import { confirmRegistration, requestRegistration } from "@/lib/accounts/register";
import { sendMfaReminders } from "@/lib/company/employees";
import { acceptInvitation, inviteEmployee } from "@/lib/company/invitations";
import type { Locale } from "@/lib/i18n";
import { createPerson, newAccount } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { uniqueEmail, uniqueIp } from "../support/unique";

/*
 * Mails in the recipient's language (issue 13): security notices in the language the person
 * chose, an invitation in the inviting owner's, and a mail to an address without an account
 * in the language of the browser that asked. On the real database, read from the outbox.
 */

async function lastMail(to: string) {
  const mail = await db.outboxMail.findFirst({ where: { to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}

/** The mail's language as it declares it, and what a reader sees. */
function expectLanguage(mail: { subject: string; html: string; text: string }, locale: Locale, subject: string | RegExp) {
  expect(mail.html).toContain(`<html lang="${locale}">`);
  expect(mail.subject).toMatch(subject);
  const dutch = /\b(uw|het|niet|Beste)\b/;
  if (locale === "en") expect(mail.text).not.toMatch(dutch);
  else expect(mail.text).toMatch(dutch);
}

async function personIn(locale: Locale, options: { companyId?: string } = {}) {
  const person = await createPerson(options);
  await setUserLocale(person.id, locale);
  return person;
}

describe("security notices", () => {
  it("go in the language the person chose, dates included", async () => {
    const person = await personIn("en");
    const user = await currentUserOf(person.id);
    expect(user.locale).toBe("en");
    await changePassword(user, { currentPassword: person.password, newPassword: `${person.password} en nog wat` }, uniqueIp());
    const mail = await lastMail(person.email);
    expectLanguage(mail, "en", "Your password has been changed");
    const month = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "Europe/Amsterdam" }).format(new Date());
    expect(mail.text).toContain(month);
  });

  it("stay Dutch for someone who did not choose English", async () => {
    const person = await createPerson();
    await changePassword(await currentUserOf(person.id), { currentPassword: person.password, newPassword: `${person.password} en nog wat` }, uniqueIp());
    expectLanguage(await lastMail(person.email), "nl", "Uw wachtwoord is gewijzigd");
  });

  it("reach each employee of one company in their own language", async () => {
    const owner = await personIn("en");
    const english = await personIn("en", { companyId: owner.companyId });
    const dutch = await personIn("nl", { companyId: owner.companyId });
    expect(await sendMfaReminders(await currentUserOf(owner.id))).toBe(2);
    expectLanguage(await lastMail(english.email), "en", "Reminder: set up multi-factor authentication");
    expectLanguage(await lastMail(dutch.email), "nl", "Herinnering: stel multifactor authenticatie in");
  });
});

describe("invitations", () => {
  it("are in the inviting owner's language; the account takes the language it was accepted in", async () => {
    const owner = await currentUserOf((await personIn("en")).id);
    const email = uniqueEmail("invited");
    await inviteEmployee(owner, email, uniqueIp());
    const mail = await lastMail(email);
    expectLanguage(mail, "en", `${owner.name} invites you to ${owner.companyName}`);
    expect(mail.text).toContain("Accept invitation");

    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? "";
    const employeeId = await acceptInvitation(token, { name: "Nora Nederlands", password: "groene fietsen rijden langs het kanaal" }, "nl");
    expect((await db.user.findUniqueOrThrow({ where: { id: employeeId } })).locale).toBe("nl");
    await sendMfaReminders(owner);
    expectLanguage(await lastMail(email), "nl", "Herinnering: stel multifactor authenticatie in");
  });

  it("from a Dutch owner are Dutch", async () => {
    const owner = await currentUserOf((await createPerson()).id);
    const email = uniqueEmail("uitgenodigd");
    await inviteEmployee(owner, email, uniqueIp());
    expectLanguage(await lastMail(email), "nl", `${owner.name} nodigt u uit voor ${owner.companyName}`);
  });
});

describe("mails to an address without an account", () => {
  it("are in the language of the browser that asked, which the new owner then keeps", async () => {
    const account = newAccount("english-owner");
    await (await requestRegistration({ ...account, ip: uniqueIp(), locale: "en" }))();
    const mail = await lastMail(account.email);
    expectLanguage(mail, "en", "Activate your Tweestap account");

    const token = /\/register\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? "";
    const ownerId = await confirmRegistration(token, uniqueIp(), "en");
    expect((await db.user.findUniqueOrThrow({ where: { id: ownerId } })).locale).toBe("en");
  });

  it("saying an account exists follow the asking browser too, not the holder's choice", async () => {
    const holder = await personIn("nl");
    await (await requestRegistration({ ...newAccount("again"), email: holder.email, ip: uniqueIp(), locale: "en" }))();
    expectLanguage(await lastMail(holder.email), "en", "You already have a Tweestap account");
  });
});
