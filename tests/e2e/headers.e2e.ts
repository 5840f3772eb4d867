import type { APIResponse, Page } from "@playwright/test";
import { test, expect, db, createPerson, login } from "./fixtures";
import { newPersonContext, PASSWORD_STEP_TIMEOUT } from "./fixtures/company";

/*
 * Issue 10, "Headers and cookies", against the production build: every page's CSP allows
 * scripts only by a nonce made for that response, the pages still run under it, and the
 * development outbox (open on this server: OUTBOX_PAGE=true) is a 404 to the signed-out
 * and shows an owner only their own company's mail.
 */

function scriptSrc(response: APIResponse): string {
  const csp = response.headers()["content-security-policy"] ?? "";
  return csp.split(";").map((directive) => directive.trim()).find((directive) => directive.startsWith("script-src ")) ?? "";
}

async function nonceOf(response: APIResponse): Promise<string> {
  const scripts = scriptSrc(response);
  expect(scripts).not.toContain("unsafe-inline");
  expect(scripts).not.toContain("unsafe-eval");
  expect(scripts).toContain("'strict-dynamic'");
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(scripts)?.[1];
  if (!nonce) throw new Error(`no nonce in ${scripts}`);
  // Every script Next rendered into the page carries this response's nonce, so none is blocked.
  const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  return nonce;
}

/** CSP violations the browser reports while the page is open. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("/login has a CSP with a fresh nonce per response and no 'unsafe-inline' for scripts, and no HSTS over http", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  expect(first.status()).toBe(200);
  expect(await nonceOf(first)).not.toBe(await nonceOf(second));
  // APP_URL is http://localhost here: HSTS follows APP_URL, not NODE_ENV.
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
});

test("/dashboard has its own nonce, and signed-in pages run under the CSP", async ({ page }) => {
  const violations = cspViolations(page);
  const owner = await createPerson();
  await login(page, owner.email, owner.password);
  await expect(page).toHaveURL(/\/dashboard/, { timeout: PASSWORD_STEP_TIMEOUT });
  const first = await page.request.get("/dashboard");
  const second = await page.request.get("/dashboard");
  expect(first.status()).toBe(200);
  expect(await nonceOf(first)).not.toBe(await nonceOf(second));
  // Client-side navigation needs the hydrated app: it works only if Next's scripts ran.
  await page.getByRole("link", { name: "Mijn login" }).first().click();
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn login" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("/dev/outbox answers 404 to the signed-out, even with OUTBOX_PAGE=true", async ({ page }) => {
  const mail = await db.outboxMail.create({ data: { to: "iemand@example.test", subject: `Geheim ${Date.now()}`, html: "<p>x</p>", text: "x" } });
  const response = await page.goto("/dev/outbox", { waitUntil: "domcontentloaded" });
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  expect(await page.content()).not.toContain(mail.subject);
  expect((await page.request.get(`/dev/outbox?id=${mail.id}`, { maxRedirects: 0 })).status()).toBe(404);
});

test("/dev/outbox shows a signed-in owner only their own company's mail", async ({ page, browser }) => {
  const owner = await createPerson();
  const stranger = await createPerson();
  const ours = await db.outboxMail.create({ data: { to: owner.email, subject: `Voor ons ${owner.id}`, html: "<p>x</p>", text: "x" } });
  const theirs = await db.outboxMail.create({
    data: { to: stranger.email, subject: `Voor een ander ${stranger.id}`, html: "<p>y</p>", text: "https://example.test/geheim" },
  });
  await login(page, owner.email, owner.password);
  await expect(page).toHaveURL(/\/dashboard/, { timeout: PASSWORD_STEP_TIMEOUT });

  await page.goto("/dev/outbox");
  await expect(page.getByText(ours.subject).first()).toBeVisible();
  await expect(page.getByText(theirs.subject)).toHaveCount(0);
  // Not by id or by filter either.
  await page.goto(`/dev/outbox?id=${theirs.id}`);
  await expect(page.getByText("https://example.test/geheim")).toHaveCount(0);
  await page.goto(`/dev/outbox?to=${encodeURIComponent(stranger.email)}`);
  await expect(page.getByText(theirs.subject)).toHaveCount(0);

  // An employee of the same company is not let in.
  const employee = await createPerson({ companyId: owner.companyId });
  const employeeContext = await newPersonContext(browser);
  const employeePage = await employeeContext.newPage();
  await login(employeePage, employee.email, employee.password);
  await expect(employeePage).toHaveURL(/\/dashboard/, { timeout: PASSWORD_STEP_TIMEOUT });
  expect((await employeePage.request.get("/dev/outbox")).status()).toBe(404);
  await employeeContext.close();
});
