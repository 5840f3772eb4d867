import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/http/security-headers";

// Issue 10: the page CSP (set per request by proxy.ts) and HSTS, which follows APP_URL.
const scriptSrc = (csp: string) => csp.split("; ").find((directive) => directive.startsWith("script-src ")) ?? "";

describe("contentSecurityPolicy", () => {
  it("allows scripts in production only by this request's nonce: no 'unsafe-inline', no 'unsafe-eval'", () => {
    const nonce = newNonce();
    const scripts = scriptSrc(contentSecurityPolicy(nonce, true));
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
  });

  it("adds only 'unsafe-eval' in development, for React's refresh runtime", () => {
    const scripts = scriptSrc(contentSecurityPolicy("abc", false));
    expect(scripts).toContain("'unsafe-eval'");
    expect(scripts).not.toContain("unsafe-inline");
  });

  it("makes a new, unguessable nonce each time, in the form Next reads back", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("strictTransportSecurity", () => {
  it("is sent only when APP_URL is https", () => {
    expect(strictTransportSecurity("https://tweestap.example")).toMatch(/^max-age=\d+/);
    expect(strictTransportSecurity("http://localhost:3100")).toBeNull();
  });
});
