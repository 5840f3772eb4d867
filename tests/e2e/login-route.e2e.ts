import { test, expect, createPerson, db } from "./fixtures";
import { signIn } from "./fixtures/company";

/*
 * The password step is a route handler (app/api/login/route.ts), not a server action: its
 * answer is the result alone. A route has none of an action's own checks, so these tests do
 * what a page on another site would do with a visitor's browser, and what a script sends
 * by hand, and then check that the person still signs in.
 */

const sessionSet = (setCookie: string | undefined) => /session-token/.test(setCookie ?? "");

test("a page on another site cannot use the password step, and the person still signs in", async ({ page, request, baseURL }) => {
  const person = await createPerson({ label: "route-herkomst" });
  const credentials = { email: person.email, password: person.password };

  // A fetch from another site's page: the visitor's browser sends that site's Origin.
  const foreign = await request.post("/api/login", { headers: { Origin: "https://aanvaller.example" }, data: credentials });
  expect(foreign.status()).toBe(403);
  expect(sessionSet(foreign.headers()["set-cookie"])).toBe(false);
  expect(await foreign.json()).toEqual({ ok: false, error: "errors.forbidden" });

  // No Origin at all, and the browser says the request came from elsewhere.
  const crossSite = await request.post("/api/login", { headers: { Origin: "null", "Sec-Fetch-Site": "cross-site" }, data: credentials });
  expect(crossSite.status()).toBe(403);

  // What a plain HTML form elsewhere can send (no preflight): not JSON, refused before any check.
  const form = await request.post("/api/login", { headers: { Origin: baseURL ?? "" }, form: credentials });
  expect(form.status()).toBe(415);
  expect(sessionSet(form.headers()["set-cookie"])).toBe(false);

  // Guesses sent through another site's page are refused before they are counted: twelve
  // of them, more than the account's ten, leave the person's own sign-in untouched.
  for (let guess = 0; guess < 12; guess++) {
    const refused = await request.post("/api/login", { headers: { Origin: "https://aanvaller.example" }, data: { ...credentials, password: `gok ${guess}` } });
    expect(refused.status()).toBe(403);
  }

  await signIn(page, person);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("junk, oversized and malformed bodies get a clear refusal, never a 500", async ({ request, baseURL }) => {
  const origin = { Origin: baseURL ?? "" };
  const junk = await request.post("/api/login", { headers: { ...origin, "Content-Type": "application/json" }, data: Buffer.from("{niet: json") });
  expect(junk.status()).toBe(400);
  expect(await junk.json()).toEqual({ ok: false, error: "errors.invalidInput" });

  const huge = await request.post("/api/login", { headers: origin, data: { email: "iemand@example.test", password: "x".repeat(40_000) } });
  expect(huge.status()).toBe(413);

  // The same without a Content-Length (chunked): refused once the cap is passed, not read to the end.
  const chunk = new TextEncoder().encode("x".repeat(8_192));
  let sent = 0;
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent++;
      if (sent > 1_000) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const chunked = await fetch(`${baseURL}/api/login`, { method: "POST", headers: { ...origin, "Content-Type": "application/json" }, body: endless, duplex: "half" } as RequestInit);
  expect(chunked.status).toBe(413);
  expect(sent).toBeLessThan(1_000);

  const wrongShape = await request.post("/api/login", { headers: origin, data: [{ email: 12, password: null }] });
  expect(wrongShape.status()).toBe(200);
  const answer = (await wrongShape.json()) as { ok: boolean; error: string };
  expect(answer).toMatchObject({ ok: false, error: "errors.invalidInput" });
});

test("the answer is the step's result alone, not a render of the page", async ({ request, baseURL }) => {
  const person = await createPerson({ label: "route-antwoord" });
  const response = await request.post("/api/login", {
    headers: { Origin: baseURL ?? "" },
    data: { email: person.email, password: person.password, callbackUrl: "/account" },
  });
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ ok: true, data: { redirectTo: "/account", signedIn: true } });
  expect(sessionSet(response.headers()["set-cookie"])).toBe(true);
});

test("signed in from a Dutch /login, a person who chose English gets every part of the page in English", async ({ page }) => {
  const person = await createPerson({ label: "route-taal" });
  await db.user.update({ where: { id: person.id }, data: { locale: "en" } });
  await signIn(page, person);
  // The root layout (html lang, the client's catalogue) belongs to the session too.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation").getByRole("link", { name: "My login" })).toBeVisible();
});
