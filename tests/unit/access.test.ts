import { describe, expect, it } from "vitest";
import { decideAccess, type AccessLevel } from "@/lib/session/access";
import type { CurrentUser, Role } from "@/lib/session/load-user";

const levels: AccessLevel[] = ["enrolment", "member", "owner"];

function user(role: Role, overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: `user-${role.toLowerCase()}`,
    email: `${role.toLowerCase()}@example.nl`,
    name: role === "OWNER" ? "Olga Owner" : "Erik Employee",
    role,
    locale: "nl",
    companyId: "company-1",
    companyName: "Bakkerij de Vries",
    companyMfaRequired: false,
    mfaEnabledAt: null,
    backupEmail: null,
    backupEmailConfirmedAt: null,
    mustEnrol: false,
    mfaDueAt: null,
    sessionId: "session-1",
    authenticatedAt: new Date("2025-01-01T09:00:00Z"),
    sessionSecondFactor: "totp",
    previousSignInAt: null,
    ...overrides,
  };
}

describe("decideAccess", () => {
  it.each(levels)("refuses a signed-out caller at level %s as unauthorized", (level) => {
    expect(decideAccess(null, level)).toEqual({ allowed: false, reason: "unauthorized" });
  });

  describe("an employee who must enrol in MFA", () => {
    const pending = user("EMPLOYEE", { companyMfaRequired: true, mustEnrol: true });

    it("reaches the enrolment level (setup page, sign-out)", () => {
      expect(decideAccess(pending, "enrolment")).toEqual({ allowed: true, user: pending });
    });

    it.each(["member", "owner"] as const)("is refused at level %s with enrolmentRequired", (level) => {
      expect(decideAccess(pending, level)).toEqual({ allowed: false, reason: "enrolmentRequired" });
    });
  });

  describe("an enrolled employee", () => {
    const employee = user("EMPLOYEE", { companyMfaRequired: true, mfaEnabledAt: new Date("2025-01-01T10:00:00Z") });

    it("reaches enrolment and member levels", () => {
      expect(decideAccess(employee, "enrolment")).toEqual({ allowed: true, user: employee });
      expect(decideAccess(employee, "member")).toEqual({ allowed: true, user: employee });
    });

    it("is forbidden at the owner level", () => {
      expect(decideAccess(employee, "owner")).toEqual({ allowed: false, reason: "forbidden" });
    });
  });

  it("forbids the owner level to an employee of a company without mandatory MFA", () => {
    const employee = user("EMPLOYEE");
    expect(decideAccess(employee, "member")).toEqual({ allowed: true, user: employee });
    expect(decideAccess(employee, "owner")).toEqual({ allowed: false, reason: "forbidden" });
  });

  it.each(levels)("allows an owner at level %s", (level) => {
    const owner = user("OWNER", { companyMfaRequired: true, mfaEnabledAt: new Date("2025-01-01T10:00:00Z") });
    expect(decideAccess(owner, level)).toEqual({ allowed: true, user: owner });
  });

  it.each(levels)("allows an owner without MFA, even in a company that requires it, at level %s", (level) => {
    // mustEnrol is only ever true for employees (lib/session/load-user.ts).
    const owner = user("OWNER", { companyMfaRequired: true });
    expect(decideAccess(owner, level)).toEqual({ allowed: true, user: owner });
  });

  it("returns the very user object it was given when allowing", () => {
    const owner = user("OWNER");
    const decision = decideAccess(owner, "owner");
    expect(decision.allowed && decision.user).toBe(owner);
  });
});
