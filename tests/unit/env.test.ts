import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "@/lib/env";

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
