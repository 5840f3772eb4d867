import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "@/lib/env";
import { parseTrustedProxies } from "@/server/client-address.mjs";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function configure(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

describe("env()", () => {
  it("refuses a production start with neither Resend nor an explicit outbox, naming the variable", () => {
    configure({ NODE_ENV: "production", RESEND_API_KEY: undefined, MAIL_TRANSPORT: undefined });
    expect(() => env()).toThrow(/RESEND_API_KEY: is required in production/);
  });

  it("allows production with MAIL_TRANSPORT=outbox, or with a Resend key", () => {
    configure({ NODE_ENV: "production", RESEND_API_KEY: undefined, MAIL_TRANSPORT: "outbox" });
    expect(env().mailTransport).toBe("outbox");
    configure({ NODE_ENV: "production", RESEND_API_KEY: "re_123", MAIL_TRANSPORT: undefined });
    expect(env().mailTransport).toBe("resend");
  });

  it("refuses a missing or short AUTH_SECRET and a wrong-sized MFA key, naming each", () => {
    configure({ AUTH_SECRET: undefined });
    expect(() => env()).toThrow(/AUTH_SECRET/);
    configure({ AUTH_SECRET: "x".repeat(40), MFA_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") });
    expect(() => env()).toThrow(/MFA_ENCRYPTION_KEY: must be 32 bytes/);
  });
});

describe("env().TRUSTED_PROXIES", () => {
  it("is 0 unless set, and a number from 0 to 10 when set", () => {
    configure({ TRUSTED_PROXIES: undefined });
    expect(env().TRUSTED_PROXIES).toBe(0);
    configure({ TRUSTED_PROXIES: "2" });
    expect(env().TRUSTED_PROXIES).toBe(2);
  });

  it.each(["-1", "abc", "11", "1.5"])("refuses %j, naming the variable", (value) => {
    configure({ TRUSTED_PROXIES: value });
    expect(() => env()).toThrow(/TRUSTED_PROXIES: must be a whole number from 0 to 10/);
  });

  // server/index.mjs reads the variable itself, before Next loads; both must agree.
  it("accepts exactly what server/index.mjs accepts, as the same number", () => {
    for (const value of [undefined, "", "0", "1", "9", "10", "11", "-1", "abc", "1.5", " 1", "01", "1e1"]) {
      configure({ TRUSTED_PROXIES: value });
      let expected: number | null;
      try {
        expected = parseTrustedProxies(value);
      } catch {
        expected = null;
      }
      if (expected === null) expect(() => env(), JSON.stringify(value)).toThrow(/TRUSTED_PROXIES/);
      else expect(env().TRUSTED_PROXIES, JSON.stringify(value)).toBe(expected);
    }
  });
});

describe("env().APP_URL", () => {
  it("refuses a non-https APP_URL in production, naming the variable", () => {
    for (const value of ["http://tweestap.example", "http://10.0.0.5:3000", "http://localhost.evil.example"]) {
      configure({ NODE_ENV: "production", MAIL_TRANSPORT: "outbox", APP_URL: value });
      expect(() => env()).toThrow(/APP_URL: must start with https:\/\/ in production/);
    }
  });

  it("allows https anywhere, and http for localhost and 127.0.0.1 (npm start on one's own machine, the browser tests)", () => {
    for (const value of ["https://tweestap.example", "http://localhost:3100", "http://127.0.0.1:3000"]) {
      configure({ NODE_ENV: "production", MAIL_TRANSPORT: "outbox", APP_URL: value });
      expect(env().APP_URL).toBe(value);
    }
  });

  it("allows plain http outside production", () => {
    configure({ NODE_ENV: "development", APP_URL: "http://tweestap.example" });
    expect(env().APP_URL).toBe("http://tweestap.example");
  });
});
