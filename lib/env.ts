import { z } from "zod";

/**
 * The one place the environment is read. Everything is validated at first use and a
 * wrong or missing value stops the app with a message that names the variable.
 * Development secrets are generated into .env.local by scripts/dev-setup.mjs.
 */
const base64Key32 = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64-encoded (openssl rand -base64 32)");

function httpsOrLocal(appUrl: string): boolean {
  const url = new URL(appUrl);
  return url.protocol === "https:" || (url.protocol === "http:" && ["localhost", "127.0.0.1"].includes(url.hostname));
}

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().optional(),
    APP_URL: z.url().default("http://localhost:3000"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    MFA_ENCRYPTION_KEY: base64Key32,
    TOTP_ISSUER: z.string().min(1).default("Tweestap"),
    MAIL_TRANSPORT: z.enum(["resend", "outbox"]).optional(),
    MAIL_FROM: z.string().min(3).default("Tweestap <onboarding@resend.dev>"),
    RESEND_API_KEY: z.string().min(1).optional(),
    // How long one Resend call may take before the mail counts as failed (lib/mail/send.ts).
    RESEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    OUTBOX_PAGE: z.enum(["true", "false"]).default("false"),
    // Browser tests only: a file holding a number of milliseconds added to the server's
    // clock (lib/clock.ts), so a deadline can pass without sleeping. Refused on https sites.
    TEST_CLOCK_FILE: z.string().min(1).optional(),
    // How often each instance looks for mandatory MFA's reminder mails to send
    // (lib/company/mfa-deadline-reminders.ts); every mail is claimed once, whatever the number of instances.
    MFA_REMINDER_INTERVAL_MS: z.coerce.number().int().min(200).max(86_400_000).default(3_600_000),
    // Read again by server/index.mjs (plain JavaScript, before Next loads) with the same
    // rule; checked here too so `npm start` names a wrong value before the server starts.
    // Empty counts as unset, as it does there.
    TRUSTED_PROXIES: z
      .string()
      .regex(/^(?:[0-9]|10)?$/, "must be a whole number from 0 to 10 (the number of reverse proxies in front of the app)")
      .default("0")
      .transform(Number),
  })
  .superRefine((env, ctx) => {
    // Session cookies and HSTS follow APP_URL (lib/session/auth-config.ts, proxy.ts), so a
    // production site on plain http would send sessions in the clear. Local runs of the
    // production build (npm start, the browser tests) stay possible.
    if (env.NODE_ENV === "production" && !httpsOrLocal(env.APP_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["APP_URL"],
        message: "must start with https:// in production (http:// only for localhost or 127.0.0.1)",
      });
    }
    if (env.TEST_CLOCK_FILE && new URL(env.APP_URL).protocol === "https:") {
      ctx.addIssue({ code: "custom", path: ["TEST_CLOCK_FILE"], message: "is for local browser tests only and must not be set on an https site" });
    }
    if (env.MAIL_TRANSPORT === "resend" && !env.RESEND_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "is required when MAIL_TRANSPORT=resend" });
    }
    if (env.NODE_ENV === "production" && !env.RESEND_API_KEY && env.MAIL_TRANSPORT !== "outbox") {
      ctx.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message: "is required in production; set MAIL_TRANSPORT=outbox to keep mail in the database instead",
      });
    }
  });

export type Env = z.infer<typeof schema> & { mailTransport: "resend" | "outbox" };

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}\nSee README.md, "Configuration".`);
  }
  const mailTransport = parsed.data.MAIL_TRANSPORT ?? (parsed.data.RESEND_API_KEY ? "resend" : "outbox");
  cached = { ...parsed.data, mailTransport };
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
