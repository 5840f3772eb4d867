import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { db } from "@/lib/db/client";
import { pendingSetup } from "@/lib/mfa/credentials";
import { createPerson } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { sessionCookieFor } from "../support/session-cookie";

/*
 * The proxy itself, called with a person's real session cookie (issue 11): it decides from
 * a fresh read of the database, so the owner's switch counts at the employee's next request.
 */
const APP = process.env.APP_URL ?? "http://localhost:3100";

async function visit(
  path: string,
  cookie?: { name: string; value: string },
  method = "GET",
  extraHeaders: Record<string, string> = {},
): Promise<string | null> {
  const headers = { ...extraHeaders, ...(cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {}) };
  const response = await proxy(new NextRequest(new URL(path, APP), { method, headers }));
  const location = response.headers.get("location");
  return location ? new URL(location).pathname + new URL(location).search : null;
}

async function employeeOfStrictCompany({ mfa }: { mfa: boolean }) {
  const owner = await createPerson({ mfa: true });
  const employee = await createPerson({ companyId: owner.companyId, mfa });
  await db.company.update({ where: { id: owner.companyId }, data: { mfaRequired: true } });
  return { owner, employee, cookie: await sessionCookieFor(employee.id) };
}

describe("proxy.ts", () => {
  it("sends a signed-out request for a signed-in page to the login page, with where it was going", async () => {
    expect(await visit("/account?tab=1")).toBe(`/login?callbackUrl=${encodeURIComponent("/account?tab=1")}`);
    expect(await visit("/login")).toBeNull();
  });

  it("sends an employee who must enrol to the setup page at their next request after the owner switches the policy on", async () => {
    const owner = await createPerson({ mfa: true });
    const employee = await createPerson({ companyId: owner.companyId });
    const cookie = await sessionCookieFor(employee.id);
    expect(await visit("/dashboard", cookie)).toBeNull();

    await db.company.update({ where: { id: owner.companyId }, data: { mfaRequired: true } });
    for (const path of ["/dashboard", "/account", "/employees", "/mfa/recovered"]) {
      expect(await visit(path, cookie), path).toBe("/mfa/setup");
    }
    expect(await visit("/mfa/setup", cookie)).toBeNull();
  });

  it("lets an enrolled employee through, and sends them from the setup page to the dashboard unless they came to replace their app", async () => {
    const { employee, cookie } = await employeeOfStrictCompany({ mfa: true });
    expect(await visit("/dashboard", cookie)).toBeNull();
    expect(await visit("/account", cookie)).toBeNull();
    expect(await visit("/mfa/setup", cookie)).toBe("/dashboard");
    expect(await visit("/mfa/setup?replace", cookie)).toBeNull();

    // Half-way through replacing (a key of this session on screen), a reload stays put.
    await pendingSetup({ ...(await currentUserOf(employee.id)), sessionId: cookie.sessionId });
    expect(await visit("/mfa/setup", cookie)).toBeNull();
  });

  it("leaves owners on the setup page alone: it is also where they replace their app", async () => {
    const owner = await createPerson({ mfa: true });
    expect(await visit("/mfa/setup", await sessionCookieFor(owner.id))).toBeNull();
  });

  it("treats a cookie of a session that was ended as no session", async () => {
    const { cookie } = await employeeOfStrictCompany({ mfa: true });
    await db.signInSession.update({ where: { id: cookie.sessionId }, data: { revokedAt: new Date() } });
    expect(await visit("/dashboard", cookie)).toBe(`/login?callbackUrl=${encodeURIComponent("/dashboard")}`);
  });

  it("turns client-side navigations around, but leaves Next's own render of an action's redirect to the page", async () => {
    const { cookie } = await employeeOfStrictCompany({ mfa: false });
    const navigation = { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" };
    expect(await visit("/dashboard", cookie, "GET", navigation)).toBe("/mfa/setup");
    // The login action's redirect("/dashboard") is rendered by a fetch without router state;
    // the dashboard's guard redirects inside that payload, so the address bar ends right.
    expect(await visit("/dashboard", cookie, "GET", { rsc: "1" })).toBeNull();
  });

  it("leaves server actions (POST) to their own checks when a cookie is present", async () => {
    const { employee } = await employeeOfStrictCompany({ mfa: false });
    expect(await visit("/account", await sessionCookieFor(employee.id), "POST")).toBeNull();
    expect(await visit("/account", undefined, "POST")).toBe(`/login?callbackUrl=${encodeURIComponent("/account")}`);
  });
});
