import { describe, expect, it } from "vitest";
import { decideRoute } from "@/lib/session/route-decision";
import type { CurrentUser } from "@/lib/session/load-user";

function user(overrides: Partial<CurrentUser>): CurrentUser {
  return {
    id: "u", email: "a@example.test", name: "A", role: "EMPLOYEE", locale: "nl", companyId: "c", companyName: "C",
    companyMfaRequired: false, mfaEnabledAt: null, backupEmail: null, backupEmailConfirmedAt: null,
    mustEnrol: false, mfaDueAt: null,
    sessionId: "s", authenticatedAt: new Date(0), sessionSecondFactor: "none", previousSignInAt: null, ...overrides,
  };
}
const nothingPending = async () => false;

describe("decideRoute", () => {
  it("leaves signed-out pages alone, whoever asks", async () => {
    for (const pathname of ["/login", "/register", "/invite/x", "/dashboardx"]) {
      expect((await decideRoute({ pathname, search: "" }, null, nothingPending)).redirectTo, pathname).toBeNull();
    }
  });

  it("keeps a forced employee on the setup page, wherever they go in the signed-in area", async () => {
    const forced = user({ mustEnrol: true, companyMfaRequired: true });
    expect((await decideRoute({ pathname: "/employees", search: "?q=x" }, forced, nothingPending)).redirectTo).toBe("/mfa/setup");
    expect((await decideRoute({ pathname: "/mfa/setup", search: "" }, forced, nothingPending)).redirectTo).toBeNull();
  });

  it("only asks about a pending key for an enrolled employee on the setup page", async () => {
    let asked = 0;
    const pending = async () => {
      asked += 1;
      return true;
    };
    const enrolled = user({ mfaEnabledAt: new Date() });
    expect((await decideRoute({ pathname: "/dashboard", search: "" }, enrolled, pending)).redirectTo).toBeNull();
    expect((await decideRoute({ pathname: "/mfa/setup", search: "?replace" }, enrolled, pending)).redirectTo).toBeNull();
    expect(asked).toBe(0);
    expect((await decideRoute({ pathname: "/mfa/setup", search: "" }, enrolled, pending)).redirectTo).toBeNull();
    expect(asked).toBe(1);
  });
});
