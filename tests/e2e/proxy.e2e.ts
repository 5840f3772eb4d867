import { expect, test, createPerson, db } from "./fixtures";
import { authenticatorCode } from "./fixtures/totp";
import { cookieHeader, enrolOnSetupPage, newPersonContext, setCompanyPolicy, signIn } from "./fixtures/company";

/*
 * Issue 11: proxy.ts forces enrolment, as the customer's design asks, from a fresh read of
 * the database at the employee's next request. tests/integration/proxy.test.ts calls the
 * proxy itself with such a cookie; here the same happens in the running app.
 */

test("the proxy turns an employee around at their next request after the owner switches the policy on", async ({ browser, request }) => {
  const owner = await createPerson({ mfa: true });
  const employeePerson = await createPerson({ companyId: owner.companyId });
  const context = await newPersonContext(browser);
  const employee = await context.newPage();
  await signIn(employee, employeePerson);
  const cookie = await cookieHeader(context);

  const before = await request.get("/account", { headers: { cookie }, maxRedirects: 0 });
  expect(before.status()).toBe(200);

  await setCompanyPolicy(owner.companyId, true);
  for (const path of ["/dashboard", "/account", "/employees"]) {
    const response = await request.get(path, { headers: { cookie }, maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/\/mfa\/setup$/);
  }
  // In the browser: the page that was open, its next click.
  await employee.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await expect(employee).toHaveURL(/\/mfa\/setup$/);

  // Once enrolled, the same cookie goes through, and the setup page sends them on.
  await enrolOnSetupPage(employee);
  await expect(employee).toHaveURL(/\/dashboard$/);
  const after = await request.get("/account", { headers: { cookie }, maxRedirects: 0 });
  expect(after.status()).toBe(200);
  await employee.goto("/mfa/setup");
  await expect(employee).toHaveURL(/\/dashboard$/);
  expect(await db.totpCredential.count({ where: { userId: employeePerson.userId, confirmedAt: null } })).toBe(0);
  await context.close();
});

test("an enrolled employee who chooses to replace their app reaches the setup page", async ({ page }) => {
  const owner = await createPerson({ mfa: true });
  const employeePerson = await createPerson({ companyId: owner.companyId, mfa: true });
  await setCompanyPolicy(owner.companyId, true);
  await signIn(page, employeePerson, { code: authenticatorCode(employeePerson.key) });
  await page.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await page.getByRole("link", { name: "Authenticator app vervangen" }).click();
  await expect(page).toHaveURL(/\/mfa\/setup\?replace$/);
  await expect(page.getByRole("heading", { name: "Authenticator app vervangen", level: 1 })).toBeVisible();
  // A reload half-way keeps the key on screen.
  const key = await page.getByTestId("setup-key").textContent();
  await page.goto("/mfa/setup");
  await expect(page.getByTestId("setup-key")).toHaveText(key ?? "");
});
