import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/http/safe-redirect";

/**
 * What a browser does with the Location header we would send: resolve it against our own
 * origin. Anything that lands on another origin is an open redirect.
 */
const ORIGIN = "https://tweestap.example";
function landsOn(location: string): string {
  return new URL(location, ORIGIN).origin;
}

function expectOnSite(input: string): string {
  const result = safeCallbackPath(input);
  expect(result.startsWith("/"), `${JSON.stringify(input)} -> ${JSON.stringify(result)}`).toBe(true);
  expect(result.startsWith("//"), `${JSON.stringify(input)} -> ${JSON.stringify(result)}`).toBe(false);
  expect(result.includes("\\"), `${JSON.stringify(input)} -> ${JSON.stringify(result)}`).toBe(false);
  expect(landsOn(result), `${JSON.stringify(input)} -> ${JSON.stringify(result)}`).toBe(ORIGIN);
  return result;
}

describe("safeCallbackPath", () => {
  it("keeps a relative path with its query and hash", () => {
    expect(safeCallbackPath("/account")).toBe("/account");
    expect(safeCallbackPath("/employees?page=2&sort=name")).toBe("/employees?page=2&sort=name");
    expect(safeCallbackPath("/account#security")).toBe("/account#security");
    expect(safeCallbackPath("/account/mfa?step=2#code")).toBe("/account/mfa?step=2#code");
  });

  it("falls back to /dashboard when there is no value", () => {
    expect(safeCallbackPath(null)).toBe("/dashboard");
    expect(safeCallbackPath(undefined)).toBe("/dashboard");
    expect(safeCallbackPath("")).toBe("/dashboard");
  });

  it("uses a given fallback", () => {
    expect(safeCallbackPath("https://evil.example", "/account")).toBe("/account");
    expect(safeCallbackPath(null, "/account")).toBe("/account");
  });

  it.each([
    "https://evil.example",
    "https://evil.example/dashboard",
    "http://evil.example",
    "HTTPS://EVIL.EXAMPLE",
    "//evil.example",
    "//evil.example/dashboard",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http:/evil.example",
    "http:evil.example",
    "evil.example",
    " https://evil.example",
  ])("refuses the off-site target %j with the fallback", (input) => {
    expect(safeCallbackPath(input)).toBe("/dashboard");
  });

  it.each([
    "/%2F%2Fevil.example",
    "/%2f%2fevil.example",
    "/%5C%5Cevil.example",
    "/%5Cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\t\\evil.example",
    "/ /evil.example",
  ])("keeps the encoded or whitespace trick %j on this site", (input) => {
    expectOnSite(input);
  });

  // Dot segments are removed by URL parsing, after the "//" check: "/.//x" resolves to "//x".
  it.each([
    "/.//evil.example",
    "/..//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/%2e%2e//evil.example",
    "/././/evil.example/dashboard",
  ])("does not let the dot-segment path %j become protocol-relative", (input) => {
    expectOnSite(input);
  });

  it("never returns an off-site target for any of many generated tricks", () => {
    const prefixes = ["/", "/.", "/..", "/./", "/a/..", "/%2e", "/%2E%2E"];
    const middles = ["/", "//", "\\", "/\\", "\t/", "%2F", "%5C", "%09/"];
    for (const prefix of prefixes) {
      for (const middle of middles) {
        expectOnSite(`${prefix}${middle}evil.example`);
      }
    }
  });
});
