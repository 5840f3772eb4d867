import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n";
import { clientCatalogue, SHARED_NAMESPACES, SIGNED_IN_PAGES, SIGNED_OUT_NAMESPACES } from "@/lib/i18n/client-catalogue";

describe("the catalogue's parts for client components", () => {
  it("together hold every namespace but mail, and the shared ones are in no page's own list", () => {
    const pageLists = [SIGNED_OUT_NAMESPACES, ...Object.values(SIGNED_IN_PAGES)].map((parts) => parts.map((part) => part.split(".")[0]!));
    const sent = new Set<string>([...SHARED_NAMESPACES, ...pageLists.flat()]);
    const all = Object.keys(messages("nl")).filter((name) => name !== "mail");
    expect([...sent].sort()).toEqual(all.sort());
    for (const name of SHARED_NAMESPACES) expect(pageLists.flat()).not.toContain(name);
  });

  it("gives every page that asks for a current code the keys of its answers", () => {
    // lib/mfa/reauth.ts fails with auth.verify.locked and mfa.reauth.*.
    for (const page of ["account", "backup", "employees", "mfa"] as const) {
      const catalogue = clientCatalogue("nl", SIGNED_IN_PAGES[page]);
      expect(catalogue.auth?.verify?.locked).toBe(messages("nl").auth.verify.locked);
      expect(catalogue.mfa?.reauth).toEqual(messages("nl").mfa.reauth);
    }
  });

  it("sends a section or a text without the rest of its namespace", () => {
    const catalogue = clientCatalogue("en", ["mfa.reauth", "mfa.setup.currentFactor", "mfa.setup.expired", "language"]);
    const { mfa, language } = messages("en");
    expect(catalogue).toEqual({
      mfa: { reauth: mfa.reauth, setup: { currentFactor: mfa.setup.currentFactor, expired: mfa.setup.expired } },
      language,
    });
    expect(Object.keys(mfa.setup).length).toBeGreaterThan(2); // and the catalogue keeps all of it
  });

  it("takes the parts from the request's language", () => {
    expect(clientCatalogue("en", ["common"])).toEqual({ common: messages("en").common });
    expect(clientCatalogue("xx", ["errors"])).toEqual({ errors: messages("nl").errors });
  });
});
