import { test, expect, db, register, requestSignUp, newAccount } from "./fixtures";
import { latestMail, linkIn } from "./fixtures/outbox";

/*
 * docs/SECURITY.md, "Enumeration": "Account aanmaken" answers the same for every address,
 * and an account exists only once the link mailed to the address is confirmed.
 */

test("an existing address and a new one get identical answers; only the new one can become an account", async ({ page, browser }) => {
  const existing = newAccount("bestaand");
  await register(page, existing);

  const visitor = await browser.newPage();
  const attempt = { ...newAccount("poging"), email: existing.email };
  const fresh = newAccount("nieuw");
  const answers: string[] = [];
  for (const account of [attempt, fresh]) {
    await requestSignUp(visitor, account);
    answers.push((await visitor.getByRole("status").innerText()).replace(account.email, "<adres>"));
  }
  expect(answers[0]).toBe(answers[1]);
  // Nothing exists yet for the new address, and nothing changed for the existing one.
  expect(await db.user.count({ where: { email: fresh.email } })).toBe(0);
  expect(await db.company.count({ where: { name: { in: [attempt.companyName, fresh.companyName] } } })).toBe(0);

  // The mails tell them apart, and only the new address gets a link that creates anything.
  const existsMail = await latestMail(existing.email, /al een/);
  expect(existsMail.text).not.toContain("/register/confirm/");
  const confirmMail = await latestMail(fresh.email, /Activeer/);
  await visitor.goto(linkIn(confirmMail, "/register/confirm/"));
  await expect(visitor.getByRole("heading", { name: "Account activeren", level: 1 })).toBeVisible();
  // Opening the link (a mail scanner does) creates nothing; the button does.
  expect(await db.user.count({ where: { email: fresh.email } })).toBe(0);
  await visitor.getByRole("button", { name: "Account activeren" }).click();
  await expect(visitor).toHaveURL(/\/dashboard$/);
  expect(await db.user.count({ where: { email: fresh.email } })).toBe(1);

  // The link works once.
  await visitor.goto(linkIn(confirmMail, "/register/confirm/"));
  await expect(visitor.getByText("Deze link is ongeldig, verlopen of al gebruikt.")).toBeVisible();
  await visitor.close();
});
