import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLogLine, log, withRequestId } from "@/server/log.mjs";

const time = new Date("2026-11-27T12:00:00.000Z");

describe("production log lines", () => {
  it("are one JSON object with time, level, request id and event", () => {
    const line = formatLogLine({ level: "warn", event: "login.unknownAddress", fields: { ip: "192.0.2.7" }, requestId: "req-1", time, production: true });

    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ time: "2026-11-27T12:00:00.000Z", level: "warn", requestId: "req-1", event: "login.unknownAddress", ip: "192.0.2.7" });
  });

  it("let no field overwrite the fixed keys", () => {
    const line = formatLogLine({ level: "info", event: "real", fields: { event: "fake", level: "error", time: "then", requestId: "x" }, requestId: "req-2", time, production: true });

    expect(JSON.parse(line)).toMatchObject({ event: "real", level: "info", time: "2026-11-27T12:00:00.000Z", requestId: "req-2" });
  });

  it("never write a secret-looking field, a link's path or an object", () => {
    const secrets = {
      password: "correct horse battery",
      newPassword: "tr0ub4dor&3",
      code: "123456",
      recoveryCodes: "abcd-efgh",
      token: "tok_secret_1",
      resetToken: "tok_secret_2",
      authSecret: "s3cr3t",
      apiKey: "re_live_key",
      cookie: "authjs.session-token=abc",
      authorization: "Bearer re_live_key",
      passwordHash: "$argon2id$v=19$abc",
      email: "typed@example.test",
      html: "<a href=x>link</a>",
    };
    const line = formatLogLine({
      level: "error",
      event: "test",
      fields: { ...secrets, detail: "open https://app.example/reset-password/tok_secret_3?x=1 now", nested: "[object]" },
      requestId: null,
      time,
      production: true,
    });
    const written = JSON.parse(line) as Record<string, unknown>;

    for (const [name, value] of Object.entries(secrets)) {
      expect(written[name], name).toBe("[redacted]");
      expect(line, name).not.toContain(value);
    }
    expect(line).not.toContain("tok_secret_3");
    expect(written.detail).toBe("open https://app.example/[…] now");
  });
});

describe("development log lines", () => {
  it("are short readable text with the event, the fields and the start of the request id", () => {
    const line = formatLogLine({ level: "info", event: "mailer.outbox", fields: { to: "ada@example.test", subject: "Uw login link" }, requestId: "0123456789abcdef", time, production: false });

    expect(line).toBe('12:00:00 info  [01234567] mailer.outbox to=ada@example.test subject="Uw login link"');
  });

  it("keep a value on its line", () => {
    const line = formatLogLine({ level: "info", event: "x", fields: { reason: "one\ntwo" }, requestId: null, time, production: false });

    expect(line.split("\n")).toHaveLength(1);
  });
});

describe("log", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it("writes the id of the request it runs in, and errors to stderr", () => {
    vi.stubEnv("NODE_ENV", "production");
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);

    withRequestId("req-42", () => log("error", "action.failed", { error: "TypeError" }));

    const [written] = stderr.mock.calls[0] ?? [];
    expect(String(written).endsWith("\n")).toBe(true);
    expect(JSON.parse(String(written))).toMatchObject({ requestId: "req-42", level: "error", event: "action.failed", error: "TypeError" });
  });
});
