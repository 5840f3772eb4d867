import { test, expect, register, login, signOut } from "./fixtures";
import { callServerAction } from "./fixtures/server-actions";

test("a signed-out visitor is sent to the login page and back afterwards", async ({ page, account }) => {
  await register(page, account);
  await signOut(page);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Mijn login", level: 1 })).toBeVisible();
});

test("a callbackUrl to another site is ignored", async ({ page, account }) => {
  await register(page, account);
  await signOut(page);
  for (const evil of ["https://evil.example/", "//evil.example/", "/\\evil.example"]) {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(evil)}`);
    await page.getByLabel("E-mailadres").fill(account.email);
    await page.getByLabel("Wachtwoord").fill(account.password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/dashboard$/);
    await signOut(page);
  }
});

for (const header of [
  "middleware:middleware:middleware:middleware:middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
]) {
  test(`x-middleware-subrequest "${header.split(":")[0]}" does not open a protected page`, async ({ request }) => {
    for (const path of ["/dashboard", "/account", "/employees"]) {
      const response = await request.get(path, { headers: { "x-middleware-subrequest": header }, maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toContain("/login");
    }
  });
}

test("a protected page with a forged session cookie is refused by the page itself", async ({ request }) => {
  // Passes the proxy's cheap presence check; the page's own guard must refuse it.
  const response = await request.get("/dashboard", {
    headers: { cookie: "authjs.session-token=forged" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/login");
});

test("a copied cookie of an ended session with a made-up hand-off header opens nothing, with or without the proxy", async ({ page, account, request }) => {
  // The proxy hands its session read to the page under an id (lib/session/proxy-handoff.ts);
  // a header an attacker makes up under that name must count for nothing.
  await register(page, account);
  const copied = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("session-token"));
  expect(copied).toBeDefined();
  await signOut(page);
  const skips: Record<string, string>[] = [{}, { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }];
  for (const skipProxy of skips) {
    for (const path of ["/dashboard", "/account"]) {
      const response = await request.get(path, {
        headers: { ...skipProxy, cookie: `${copied?.name}=${copied?.value}`, "x-tweestap-session-read": "made-up" },
        maxRedirects: 0,
      });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toContain("/login");
    }
  }
  await login(page, account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a server action called without a session is refused", async ({ request, account, browser }) => {
  // An account exists whose password the attacker tries to change without signing in.
  const context = await browser.newContext();
  const page = await context.newPage();
  await register(page, account);
  await context.close();

  const call = {
    path: "/account",
    filename: "lib/actions/account.ts",
    exportedName: "changePasswordAction",
    args: [{ currentPassword: account.password, newPassword: "een heel nieuw wachtwoord van mij" }],
  };
  // No cookie at all: the proxy already turns it away.
  const bare = await callServerAction(request, call);
  expect(bare.status()).toBe(307);
  // A made-up session cookie gets past the proxy; the action's own guard refuses it.
  const forged = await callServerAction(request, { ...call, cookie: "authjs.session-token=forged" });
  expect(await forged.text()).toContain("errors.unauthorized");

  const fresh = await browser.newContext();
  const check = await fresh.newPage();
  await login(check, account.email, account.password);
  await expect(check).toHaveURL(/\/dashboard$/);
  await fresh.close();
});

test("signed-in pages are not cached", async ({ page, account }) => {
  await register(page, account);
  const response = await page.goto("/account");
  expect(response?.headers()["cache-control"]).toContain("no-store");
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("a server action posted from another origin, or from Origin: null, is refused", async ({ page, account, context }) => {
  await register(page, account);
  const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const call = {
    path: "/account",
    filename: "lib/actions/account.ts",
    exportedName: "signOutEverywhereAction",
    args: [{}],
    cookie,
  };
  for (const origin of ["https://evil.example", "null"]) {
    const response = await callServerAction(page.request, { ...call, origin });
    expect(response.status(), origin).toBeGreaterThanOrEqual(400);
  }
  // Nothing happened: the session is still good.
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Mijn login", level: 1 })).toBeVisible();
});
