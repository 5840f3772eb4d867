import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, createPerson, login, signOut, type MfaPerson } from "./fixtures";
import { newPersonContext, PASSWORD_STEP_TIMEOUT } from "./fixtures/company";
import { authenticatorCode } from "./fixtures/totp";
import { latestMail } from "./fixtures/outbox";

/*
 * Issue 14, "Deze computer 30 dagen onthouden" (docs/SECURITY.md, "Remembered browsers"):
 * with the box ticked at the code step, that browser is asked only for the password; any
 * other browser still gets the code; "Overal uitloggen", the company setting and "Vergeten"
 * on Mijn login end it. Only the browser's own device cookie carries it: not the session
 * cookie, not a forged or old device cookie.
 */

const REMEMBER = "Deze computer 30 dagen onthouden";

/** Password, then the code with the box ticked (or not), landing on the dashboard. */
async function signInWithCode(page: Page, person: MfaPerson, { remember, code = authenticatorCode(person.key) }: { remember: boolean; code?: string }) {
  await login(page, person.email, person.password);
  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  const box = page.getByLabel(REMEMBER);
  if (remember) await box.check();
  await page.getByLabel("Verificatiecode").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: PASSWORD_STEP_TIMEOUT });
}

/** The password only: where the browser lands says whether the code was skipped. */
async function passwordOnly(page: Page, person: MfaPerson): Promise<"dashboard" | "code"> {
  await login(page, person.email, person.password);
  await expect(page).toHaveURL(/\/dashboard$|\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  return /\/login\/verify/.test(page.url()) ? "code" : "dashboard";
}

async function deviceCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith("tweestap-device"));
  if (!cookie) throw new Error("this browser has no device cookie");
  return cookie;
}

test("remembered: only the password in that browser, the code in another; Overal uitloggen asks for it again", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const person = await createPerson({ mfa: true });
  await signInWithCode(page, person, { remember: true });
  const cookie = await deviceCookie(page.context());
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // The account holder is told, once the answer is out (a phished code must not stay unseen).
  const notice = await latestMail(person.email, /^Een computer wordt 30 dagen onthouden$/);
  expect(notice.text).toMatch(/gekozen om \S+ op \S+ te onthouden/);
  await signOut(page);

  expect(await passwordOnly(page, person)).toBe("dashboard");

  const other = await newPersonContext(browser);
  expect(await passwordOnly(await other.newPage(), person)).toBe("code");
  await other.close();

  await page.goto("/account");
  await page.getByRole("button", { name: "Overal uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await passwordOnly(page, person)).toBe("code");
});

test("with the company setting off the code is asked again, and the box is not offered", async ({ page }) => {
  test.setTimeout(180_000);
  const owner = await createPerson({ mfa: true });
  await signInWithCode(page, owner, { remember: true });

  await page.goto("/employees");
  const setting = page.getByLabel("Medewerkers mogen een computer 30 dagen laten onthouden");
  await expect(setting).toBeChecked();
  await setting.uncheck();
  const card = page.locator("section").filter({ has: setting });
  await card.getByRole("button", { name: "Instelling opslaan" }).click();
  await expect(card.getByText("Opgeslagen.")).toBeVisible();
  await signOut(page);

  expect(await passwordOnly(page, owner)).toBe("code");
  await expect(page.getByLabel("Verificatiecode")).toBeVisible();
  await expect(page.getByLabel(REMEMBER)).toHaveCount(0);
});

test("Vergeten on Mijn login: listed with its browser, then forgotten, and the code is asked there again", async ({ page }) => {
  test.setTimeout(180_000);
  const person = await createPerson({ mfa: true });
  await signInWithCode(page, person, { remember: true });

  await page.goto("/account");
  const list = page.getByRole("list", { name: "Onthouden computers" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByText(/Onthouden sinds/)).toBeVisible();
  await list.getByRole("button", { name: /^Vergeten/ }).click();
  await expect(page.getByText("Er worden geen computers onthouden.")).toBeVisible();
  await signOut(page);

  expect(await passwordOnly(page, person)).toBe("code");
});

/** A sign-in without the box, then one with it: returns the device cookie before and after remembering. */
async function rememberedAfterAKnownSignIn(page: Page, person: MfaPerson) {
  await signInWithCode(page, person, { remember: false });
  const before = (await deviceCookie(page.context())).value;
  await signOut(page);
  await signInWithCode(page, person, { remember: true, code: authenticatorCode(person.key, 1) });
  return { before, remembered: await deviceCookie(page.context()) };
}

test("attacker: a copied session cookie carries no remembered state", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const person = await createPerson({ mfa: true });
  await signInWithCode(page, person, { remember: true });
  const session = (await page.context().cookies()).find((cookie) => cookie.name.includes("session-token"));
  if (!session) throw new Error("no session cookie");

  const thief = await newPersonContext(browser);
  await thief.addCookies([{ ...session }]);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/dashboard");
  await expect(thiefPage).toHaveURL(/\/dashboard$/);
  await signOut(thiefPage);
  expect(await passwordOnly(thiefPage, person)).toBe("code");
  await thief.close();
});

test("attacker: the device cookie from before remembering, or a forged one, skips nothing", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const person = await createPerson({ mfa: true });
  const { before, remembered } = await rememberedAfterAKnownSignIn(page, person);
  // Remembering hands out a fresh token: the value seen before is worth nothing now.
  expect(remembered.value).not.toBe(before);

  for (const value of [before, "A".repeat(43)]) {
    const forger = await newPersonContext(browser);
    await forger.addCookies([{ ...remembered, value }]);
    expect(await passwordOnly(await forger.newPage(), person)).toBe("code");
    await forger.close();
  }
});
