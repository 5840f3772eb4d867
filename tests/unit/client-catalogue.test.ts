import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n";
import { clientCatalogue, SHARED_NAMESPACES, SIGNED_IN_NAMESPACES, SIGNED_OUT_NAMESPACES } from "@/lib/i18n/client-catalogue";

describe("the catalogue's parts for client components", () => {
  it("together hold every namespace but mail, and the shared ones are in neither audience's list", () => {
    const sent = new Set<string>([...SHARED_NAMESPACES, ...SIGNED_OUT_NAMESPACES, ...SIGNED_IN_NAMESPACES]);
    const all = Object.keys(messages("nl")).filter((name) => name !== "mail");
    expect([...sent].sort()).toEqual(all.sort());
    for (const name of SHARED_NAMESPACES) {
      expect([...SIGNED_OUT_NAMESPACES, ...SIGNED_IN_NAMESPACES]).not.toContain(name);
    }
  });

  it("takes the parts from the request's language", () => {
    expect(clientCatalogue("en", ["common"])).toEqual({ common: messages("en").common });
    expect(clientCatalogue("xx", ["errors"])).toEqual({ errors: messages("nl").errors });
  });
});
