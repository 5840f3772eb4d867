import { describe, expect, it } from "vitest";
import type { Messages } from "@/lib/i18n";
import { nl } from "@/lib/i18n/nl";
import { en } from "@/lib/i18n/en";

/*
 * Key parity is the typechecker's job (every English area `satisfies` the Dutch one); the
 * directives below fail `npm run typecheck` if that ever stops being true. Placeholders are
 * plain strings to the compiler, so this test compares them, and the keys once more.
 */
function catalogueShapesTheCompilerRefuses(): Messages["validation"][] {
  // @ts-expect-error -- `passwordRequired` is missing: a translation must fill every key
  const missing: Messages["validation"] = { required: "", tooLong: "", emailRequired: "", emailInvalid: "" };
  const extra = {
    required: "", tooLong: "", emailRequired: "", emailInvalid: "", passwordRequired: "",
    // @ts-expect-error -- a key the Dutch catalogue does not have
    shout: "",
  } satisfies Messages["validation"];
  return [missing, extra];
}

/** Every string in a catalogue by its dotted path. */
function leaves(node: unknown, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof node === "string") return found.set(prefix, node);
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    for (const [path, text] of leaves(value, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ""))].sort();
}

const dutch = leaves(nl);
const english = leaves(en);

describe("the English catalogue beside the Dutch one", () => {
  it("is a real object, not only a type", () => {
    expect(catalogueShapesTheCompilerRefuses).toBeTypeOf("function");
    expect(english.size).toBeGreaterThan(300);
  });

  it("has exactly the same keys", () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it("has the same {placeholders} in every string", () => {
    const differing = [...dutch].filter(([key, text]) =>
      placeholders(english.get(key) ?? "").join() !== placeholders(text).join());
    expect(differing.map(([key]) => key)).toEqual([]);
    // The comparison itself can fail: a dropped placeholder is seen.
    expect(placeholders("{min} or {max}")).not.toEqual(placeholders("{min}"));
  });

  it("is translated: no text is left empty or in Dutch", () => {
    const sameInBoth = new Set(["common.appName", "account.nav.dashboard", "account.dashboard.title", "language.names.nl", "language.names.en"]);
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe("");
      if (!sameInBoth.has(key) && !key.startsWith("mfa.setup.apps")) expect(text, key).not.toBe(dutch.get(key));
    }
    const dutchWords = /\b(Inloggen|inloggen|Uitloggen|wachtwoord|herstelcode|Medewerkers?|uw|niet|het)\b/;
    for (const [key, text] of english) expect(text, key).not.toMatch(dutchWords);
  });
});
