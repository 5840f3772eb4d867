import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { resetEnvCache } from "@/lib/env";
import { handlers } from "@/lib/session/auth-config";

/*
 * Issue 10: whether Auth.js's cookies are __Secure-/__Host- (and Secure) follows APP_URL,
 * never the protocol a request arrived with or claims in X-Forwarded-Proto. The CSRF
 * cookie is the one Auth.js sets without a sign-in; the session cookie shares its switch.
 */
const savedAppUrl = process.env.APP_URL;

afterEach(() => {
  process.env.APP_URL = savedAppUrl;
  resetEnvCache();
});

async function csrfCookie(appUrl: string, requestUrl: string, headers: Record<string, string> = {}): Promise<string> {
  process.env.APP_URL = appUrl;
  resetEnvCache();
  const response = await handlers.GET(new NextRequest(`${requestUrl}/api/auth/csrf`, { headers }));
  const cookie = response.headers.getSetCookie().find((line) => line.includes("authjs.csrf-token="));
  if (!cookie) throw new Error("Auth.js set no CSRF cookie");
  return cookie;
}

describe("Auth.js cookie security", () => {
  it("uses __Host- and Secure with an https APP_URL, even for a plain-http request", async () => {
    const cookie = await csrfCookie("https://tweestap.example", "http://internal:3000");
    expect(cookie).toMatch(/^__Host-authjs\.csrf-token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  // Next builds the request's URL from X-Forwarded-Proto, so a client's header reaches Auth.js as https.
  it("uses plain names with an http APP_URL, whatever X-Forwarded-Proto claims", async () => {
    const cookie = await csrfCookie("http://localhost:3100", "https://localhost:3100", { "x-forwarded-proto": "https" });
    expect(cookie).toMatch(/^authjs\.csrf-token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
