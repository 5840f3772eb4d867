import { test, expect, createPerson } from "./fixtures";
import { authenticatorCode } from "./fixtures/totp";
import {
  LINK_USED_SUBJECT,
  expectSignedInByLink,
  linkButton,
  linkFromText,
  linkMessages,
  passwordStep,
  requestLink,
  useLink,
} from "./fixtures/login-link";
import { mailOf, requestsTo, resendAppDb } from "./fixtures/resend";
import { RESEND_APP_URL, RESEND_TEST_API_KEY } from "../support/resend-e2e";

/*
 * Delivery through Resend for real: these tests run against the second app server
 * (playwright.config.ts) started with MAIL_TRANSPORT=resend and RESEND_BASE_URL pointing
 * at tests/support/fake-resend.mjs, which records every request it receives. People are
 * written straight into that server's database.
 */

test.use({ baseURL: RESEND_APP_URL });
test.describe.configure({ timeout: 90_000 });

/** The app's MAIL_FROM default (lib/env.ts); the second server does not set one. */
const DEFAULT_FROM = "Tweestap <onboarding@resend.dev>";

test("the login link goes out through Resend: the exact request, and the link in it signs in", async ({ page }) => {
  const user = await createPerson({ label: "resend", mfa: true, recoveryCodes: false, backupPrefix: "reserve", client: resendAppDb() });
  await passwordStep(page, user);
  await requestLink(page);

  await expect.poll(async () => (await requestsTo(user.email, user.backup)).length).toBe(1);
  const [request] = await requestsTo(user.email, user.backup);
  if (!request) throw new Error("no request to Resend");
  expect(request.method).toBe("POST");
  expect(request.path).toBe("/emails");
  expect(request.authorization).toBe(`Bearer ${RESEND_TEST_API_KEY}`);
  expect(request.contentType).toMatch(/^application\/json/);

  const mail = mailOf(request);
  expect(mail.from).toBe(DEFAULT_FROM);
  // To the backup address only, never to the login address.
  expect(mail.to).toEqual([user.backup]);
  expect(mail.to).not.toContain(user.email);
  expect(mail.subject).toBe("Uw login link voor Tweestap");
  expect(mail.html).toMatch(/^<!DOCTYPE html>|<html/i);
  expect(mail.text.length).toBeGreaterThan(0);
  expect(mail.text).not.toMatch(/<[a-z][^>]*>/i);

  // The same link in both parts, built from the configured base URL.
  const link = linkFromText(mail.text);
  const url = new URL(link);
  expect(url.origin).toBe(RESEND_APP_URL);
  expect(url.pathname).toBe("/login/link");
  // The token only: the login address is not in the link (the confirm step finds the account).
  expect([...url.searchParams.keys()]).toEqual(["token"]);
  // Auth.js's token: at least 128 bits.
  expect(url.searchParams.get("token") ?? "").toMatch(/^[0-9a-f]{32,}$/);
  expect(mail.html).toContain(`href="${link.replaceAll("&", "&amp;")}"`);
  // The rules are in the mail too.
  expect(mail.text).toContain("10 minuten");

  // The token is stored hashed in the server's own database, not as sent.
  const rows = await resendAppDb().verificationToken.findMany({ where: { identifier: user.email } });
  expect(rows).toHaveLength(1);
  expect(rows[0]?.token).not.toBe(url.searchParams.get("token"));
  // Nothing went to the outbox: this server mails through Resend.
  expect(await resendAppDb().outboxMail.count({ where: { to: { in: [user.email, user.backup] } } })).toBe(0);

  // The link from the request works in this browser.
  await useLink(page, link);
  await expectSignedInByLink(page);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: /Welkom/ })).toBeVisible();

  // The login address is told, through Resend as well; the backup address got the one mail only.
  await expect.poll(async () => (await requestsTo(user.email)).map((sent) => mailOf(sent).subject)).toEqual([LINK_USED_SUBJECT]);
  const notice = (await requestsTo(user.email))[0];
  if (!notice) throw new Error("no notice to the login address");
  expect(mailOf(notice)).toMatchObject({ from: DEFAULT_FROM, to: [user.email] });
  expect(notice.authorization).toBe(`Bearer ${RESEND_TEST_API_KEY}`);
  expect(await requestsTo(user.backup)).toHaveLength(1);
});

test("when Resend fails, the person is told and no login link token is left behind", async ({ page }) => {
  const user = await createPerson({ label: "resend-fout", mfa: true, recoveryCodes: false, backupPrefix: "resend-down", client: resendAppDb() });
  await passwordStep(page, user);
  await linkButton(page).click();
  await expect(page.getByRole("alert").filter({ hasText: linkMessages.sendFailed })).toBeVisible();
  await expect(page.getByText(linkMessages.sent)).toHaveCount(0);

  // Resend was asked (for the backup address) and answered 500.
  await expect.poll(async () => (await requestsTo(user.backup)).length).toBe(1);
  expect(await requestsTo(user.email)).toHaveLength(0);

  // Auth.js stores the token and sends the mail in parallel: give a late insert the time to
  // land before checking that none is left.
  await page.waitForTimeout(1_500);
  expect(await resendAppDb().verificationToken.count({ where: { identifier: user.email } })).toBe(0);

  // The login itself goes on: the challenge still takes a code.
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(user.key));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
