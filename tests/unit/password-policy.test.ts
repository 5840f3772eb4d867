import { describe, expect, it } from "vitest";
import { dictionary } from "@zxcvbn-ts/language-common";
import { checkPassword, PASSWORD_MAX, passwordMinLength } from "@/lib/passwords/policy";
import { passwordErrorKey, passwordField } from "@/lib/validation/password";

const context = ["Bakkerij de Vries", "Jan Jansen", "jan.jansen", "jan.jansen@example.nl"];

function check(password: string, mfaEnabled = false, words: string[] = context) {
  return checkPassword({ password, mfaEnabled, context: words });
}

// Plain words and spaces, so no test password hits the blocklist or the context by accident.
function ofLength(length: number): string {
  return "lange zin ".repeat(20).slice(0, length);
}

describe("length", () => {
  it("needs 15 without MFA and 8 with it", () => {
    expect(passwordMinLength(false)).toBe(15);
    expect(passwordMinLength(true)).toBe(8);
    expect(check(ofLength(14))).toEqual({ ok: false, reason: "tooShort", min: 15 });
    expect(check(ofLength(15))).toEqual({ ok: true });
    expect(check(ofLength(8), true)).toEqual({ ok: true });
    expect(check(ofLength(7), true)).toEqual({ ok: false, reason: "tooShort", min: 8 });
  });

  it("accepts 64 and 128 characters and refuses 129", () => {
    expect(PASSWORD_MAX).toBe(128);
    expect(check(ofLength(64))).toEqual({ ok: true });
    expect(check(ofLength(100))).toEqual({ ok: true });
    expect(check(ofLength(128))).toEqual({ ok: true });
    expect(check(ofLength(129))).toEqual({ ok: false, reason: "tooLong", max: 128 });
  });

  it("checks tooLong before anything else", () => {
    expect(check("wachtwoord".repeat(13))).toMatchObject({ reason: "tooLong" });
  });

  it("counts code points, not UTF-16 units", () => {
    expect("🔒".repeat(14).length).toBe(28);
    expect(check("🔒".repeat(14))).toMatchObject({ reason: "tooShort" });
    expect(check("🔒".repeat(15))).toEqual({ ok: true });
    expect(check("🔒".repeat(128))).toEqual({ ok: true });
    expect(check("🔒".repeat(129))).toMatchObject({ reason: "tooLong" });
  });

  it("counts a decomposed accent as one character (NFC)", () => {
    const decomposed = "e\u0301".repeat(15);
    expect(decomposed.length).toBe(30);
    expect(check(decomposed.slice(0, 28))).toMatchObject({ reason: "tooShort" });
    expect(check(decomposed)).toEqual({ ok: true });
  });
});

describe("no composition rules", () => {
  it("accepts a lowercase passphrase with spaces", () => {
    expect(check("correct horse battery staple")).toEqual({ ok: true });
    expect(check("paars fietsje op de dijk")).toEqual({ ok: true });
  });
});

describe("common passwords", () => {
  it("refuses a known breached password from the list, case-insensitively", () => {
    expect(dictionary["passwords-common"]).toContain("qwertyuiop123");
    expect(check("qwertyuiop123", true)).toEqual({ ok: false, reason: "common" });
    expect(check("QwertyUiop123", true)).toEqual({ ok: false, reason: "common" });
  });

  it("refuses common Dutch passwords, also long ones", () => {
    expect(check("wachtwoord12345")).toEqual({ ok: false, reason: "common" });
    expect(check("Welkom2025!", true)).toEqual({ ok: false, reason: "common" });
    expect(check("Voetbal123", true)).toEqual({ ok: false, reason: "common" });
  });
});

describe("context words", () => {
  it("refuses a password containing the company name or e-mail local part", () => {
    expect(check("ik werk bij bakkerij de vries")).toMatchObject({ reason: "context" });
    expect(check("wij zijn Bakkerij De Vries!")).toMatchObject({ reason: "context" });
    expect(check("jan.jansen geheim zinnetje")).toMatchObject({ reason: "context" });
  });

  it("sees through trivial variations", () => {
    expect(check("B4kk3rij-de-Vr1es", true)).toMatchObject({ reason: "context" });
    expect(check("JANJANSEN@EXAMPLE", true)).toMatchObject({ reason: "context" });
  });

  it("ignores context words shorter than 4 characters", () => {
    expect(check("de jan van het ijs", false, ["Jan", "de", "ijs"])).toEqual({ ok: true });
  });

  it("runs after the common check", () => {
    expect(check("wachtwoord12345", false, ["wachtwoord"])).toMatchObject({ reason: "common" });
  });
});

describe("passwordField", () => {
  it("passes a good password and reports a catalogue key otherwise", () => {
    const field = passwordField({ mfaEnabled: false });
    expect(field.safeParse("correct horse battery staple").success).toBe(true);

    const short = field.safeParse("kort");
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("password.tooShort?min=15&max=128");

    expect(passwordField({ mfaEnabled: true }).safeParse("kortmaar").success).toBe(true);
    // The blocklist stays on the server (checkPassword), out of the browser bundle.
    expect(field.safeParse("wachtwoord12345").success).toBe(true);
    expect(checkPassword({ password: "wachtwoord12345", mfaEnabled: false, context: [] })).toMatchObject({ reason: "common" });
  });

  it("ignores context (it is applied on the server)", () => {
    expect(passwordField({ mfaEnabled: true }).safeParse("bakkerij de vries").success).toBe(true);
  });

  it("maps each reason to its key", () => {
    expect(passwordErrorKey({ ok: false, reason: "tooLong", max: 128 })).toMatch(/^password\.tooLong\?.*max=128/);
    expect(passwordErrorKey({ ok: false, reason: "context" })).toMatch(/^password\.context\?/);
  });
});
