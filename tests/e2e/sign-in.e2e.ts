import { test, expect, register, login, signOut, newAccount } from "./fixtures";

test("register, reach the dashboard, sign out and sign in again", async ({ page, account }) => {
  await register(page, account);
  await expect(page.getByRole("heading", { name: `Welkom, ${account.name}` })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  for (const item of ["Dashboard", "Mijn login", "Medewerkers"]) {
    await expect(nav.getByRole("link", { name: item })).toBeVisible();
  }

  await signOut(page);
  await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);

  await login(page, account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: `Welkom, ${account.name}` })).toBeVisible();
});

test("a wrong password and an unknown e-mail get the same message", async ({ page, account }) => {
  await register(page, account);
  await signOut(page);

  await login(page, account.email, "dit is niet het goede wachtwoord");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText("Onjuist e-mailadres of wachtwoord.");
  await expect(page).toHaveURL(/\/login/);

  await login(page, `nobody-${account.email}`, "dit is niet het goede wachtwoord");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Onjuist e-mailadres of wachtwoord.");
});

test("after ten wrong passwords the account is throttled, also for the right password", async ({ page, account }) => {
  await register(page, account);
  await signOut(page);
  for (let attempt = 0; attempt < 10; attempt++) {
    await login(page, account.email, `fout wachtwoord nummer ${attempt}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Onjuist e-mailadres of wachtwoord.");
  }
  await login(page, account.email, account.password);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Te veel pogingen. Probeer het over");
  await expect(page).toHaveURL(/\/login/);
});

test("the sign-up form explains a refused password", async ({ page }) => {
  const account = newAccount();
  await page.goto("/register");
  await page.getByLabel("Bedrijfsnaam").fill(account.companyName);
  await page.getByLabel("Uw naam").fill(account.name);
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByText(/te kort: gebruik minimaal 15 tekens/i)).toBeVisible();

  // Long enough, but on the list of common passwords: only the server knows the list.
  await page.getByLabel("Wachtwoord").fill("wachtwoord12345");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByText(/veelgebruikte/i)).toBeVisible();
  await expect(page).toHaveURL(/\/register/);
});

// Before the page's JavaScript has run, a click on a form's button was the browser's own POST
// of the form: the same page came back, everything typed gone, nothing said (CI, this
// session). Without JavaScript the buttons stay disabled; once it runs they work.
test("a form's button sends nothing before the page's JavaScript has run", async ({ browser, page }) => {
  const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
  try {
    const early = await withoutScripts.newPage();
    for (const [path, name] of [["/login", "Inloggen"], ["/forgot-password", "Link versturen"], ["/register", "Account aanmaken"]] as const) {
      await early.goto(path);
      await expect(early.getByRole("button", { name })).toBeDisabled();
    }
  } finally {
    await withoutScripts.close();
  }
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Inloggen" })).toBeEnabled();
});
