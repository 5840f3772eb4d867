import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decideAccess, type AccessDecision } from "@/lib/session/access";
import { format, isLocale, messages } from "@/lib/i18n";
import { splitMessageRef, withValues } from "@/lib/i18n/message-ref";
import { translate } from "@/lib/i18n/translate";
import { nl } from "@/lib/i18n/nl";
import type { PasswordCheckFailure } from "@/lib/passwords/length";
import { passwordErrorKey } from "@/lib/validation/password";

const generic = nl.errors.generic;
type RefusalReason = Extract<AccessDecision, { allowed: false }>["reason"];

/** The catalogue entry at a dotted path, or undefined when there is none or it is not a string. */
function lookup(key: string): string | undefined {
  let node: unknown = nl;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

describe("translate", () => {
  it("looks up a key", () => {
    expect(translate(nl, "auth.login.invalidCredentials")).toBe("Onjuist e-mailadres of wachtwoord.");
    expect(translate(nl, "validation.emailInvalid")).toBe(nl.validation.emailInvalid);
    expect(translate(nl, "errors.forbidden")).toBe(nl.errors.forbidden);
  });

  it("fills placeholders from its extra values", () => {
    const text = translate(nl, "errors.tooManyAttempts", { minutes: 15 });
    expect(text).toBe("Te veel pogingen. Probeer het over 15 minuten opnieuw.");
    expect(text).not.toContain("{");
  });

  it("fills placeholders carried in a message ref", () => {
    const ref = withValues("password.tooShort", { min: 15 });
    expect(ref).toBe("password.tooShort?min=15");
    const text = translate(nl, ref);
    expect(text).toContain("minimaal 15 tekens");
    expect(text).not.toContain("{min}");
  });

  it("lets extra values override carried values", () => {
    expect(translate(nl, "password.tooShort?min=15", { min: 8 })).toContain("minimaal 8 tekens");
  });

  it("translates the refs the password schema produces", () => {
    const failures: PasswordCheckFailure[] = [
      { ok: false, reason: "tooShort", min: 15 },
      { ok: false, reason: "tooLong", max: 128 },
      { ok: false, reason: "common" },
      { ok: false, reason: "context" },
    ];
    for (const failure of failures) {
      const text = translate(nl, passwordErrorKey(failure));
      expect(text).not.toBe(generic);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(translate(nl, passwordErrorKey({ ok: false, reason: "tooLong", max: 128 }))).toContain("maximaal 128 tekens");
  });

  it.each([
    "errors.doesNotExist",
    "auth.login.tittle",
    "nothing",
    "",
    "auth.login", // an object, not a string
    "auth",
    "errors.generic.extra",
    "errors.constructor",
    "errors.__proto__",
    "errors.toString",
    "constructor",
    "__proto__.polluted",
    "?min=15",
  ])("falls back to the generic error for %j", (key) => {
    expect(translate(nl, key)).toBe(generic);
  });

  it("never shows the raw key for an unknown code", () => {
    expect(translate(nl, "errors.someNewCode", { minutes: 3 })).toBe(generic);
  });

  it("leaves a placeholder without a value alone rather than printing undefined", () => {
    const text = translate(nl, "errors.tooManyAttempts");
    expect(text).toContain("{minutes}");
    expect(text).not.toContain("undefined");
  });
});

describe("message refs", () => {
  it("round-trips values, also with characters that need escaping", () => {
    const ref = withValues("password.tooShort", { min: 15, name: "A&B = C?d" });
    expect(splitMessageRef(ref)).toEqual({ key: "password.tooShort", values: { min: "15", name: "A&B = C?d" } });
  });

  it("splits a bare key into the key and no values", () => {
    expect(splitMessageRef("errors.generic")).toEqual({ key: "errors.generic", values: {} });
  });

  it("keeps only the key part before the first question mark", () => {
    expect(splitMessageRef("errors.tooManyAttempts?minutes=3").key).toBe("errors.tooManyAttempts");
  });
});

describe("format", () => {
  it("fills every occurrence and keeps unknown placeholders", () => {
    expect(format("{a} en {a} maar {b}", { a: "x" })).toBe("x en x maar {b}");
  });

  it("does not read inherited properties as values", () => {
    expect(format("{constructor}{toString}", {})).toBe("{constructor}{toString}");
  });
});

describe("locales", () => {
  it("has Dutch and falls back to it", () => {
    expect(isLocale("nl")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale("constructor")).toBe(false);
    expect(isLocale(null)).toBe(false);
    expect(messages("xx")).toBe(nl);
    expect(messages(undefined)).toBe(nl);
  });
});

describe("keys used in the source", () => {
  const root = path.resolve(__dirname, "../..");
  const scanned = ["lib", "app", "components"];
  const skipped = new Set(["node_modules", "generated", ".next"]);
  // Every namespace of the catalogue: a key in any of them is checked, not just a few.
  const namespaces = Object.keys(messages("nl")).join("|");
  const keyPattern = new RegExp(`["'\`](?<key>(?:${namespaces})\\.[a-zA-Z.]+)["'\`?]`, "g");

  function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return skipped.has(entry.name) ? [] : sourceFiles(full);
      return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
    });
  }

  function usedKeys(): Map<string, string[]> {
    const found = new Map<string, string[]>();
    for (const dir of scanned) {
      for (const file of sourceFiles(path.join(root, dir))) {
        // The catalogue itself holds copy, not references; client-catalogue.ts names whole
        // sections too, which its CataloguePart type checks.
        if (file.includes(`${path.sep}i18n${path.sep}nl${path.sep}`)) continue;
        if (file.endsWith(`${path.sep}i18n${path.sep}client-catalogue.ts`)) continue;
        const text = fs.readFileSync(file, "utf8");
        for (const match of text.matchAll(keyPattern)) {
          const key = match.groups?.key;
          if (!key) continue;
          found.set(key, [...(found.get(key) ?? []), path.relative(root, file)]);
        }
      }
    }
    return found;
  }

  it("finds the keys it should (the scan itself works)", () => {
    const keys = usedKeys();
    expect(keys.size).toBeGreaterThanOrEqual(10);
    expect([...keys.keys()]).toEqual(expect.arrayContaining(["auth.login.invalidCredentials", "errors.invalidInput"]));
  });

  it("resolves every literal key to a string in the nl catalogue", () => {
    const missing = [...usedKeys()]
      .filter(([key]) => lookup(key) === undefined)
      .map(([key, files]) => `${key} (${[...new Set(files)].join(", ")})`);
    expect(missing).toEqual([]);
  });

  // The keys built at run time (lib/actions/safe-action.ts: fail(`errors.${decision.reason}`)). The
  // Record type makes tsc fail when a reason is added to AccessDecision and not listed here.
  it("has a message for every access refusal (errors.${reason})", () => {
    const reasons: Record<RefusalReason, true> = { unauthorized: true, enrolmentRequired: true, forbidden: true };
    expect(decideAccess(null, "member")).toEqual({ allowed: false, reason: "unauthorized" });
    for (const reason of Object.keys(reasons)) {
      expect(lookup(`errors.${reason}`), `errors.${reason}`).toBeTypeOf("string");
    }
  });
});
