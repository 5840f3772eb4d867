import { describe, expect, it } from "vitest";
import { HANDOFF_TTL_MS, handOff, takeHandoff } from "@/lib/session/proxy-handoff";
import type { CurrentUser } from "@/lib/session/load-user";

const someone = { id: "u1", sessionId: "s1" } as CurrentUser;

describe("the proxy's session read, handed to the page", () => {
  it("is taken once, by a request with the same session cookie", () => {
    const id = handOff("cookie-a", someone);
    expect(takeHandoff(id, "cookie-a")).toBe(someone);
    expect(takeHandoff(id, "cookie-a")).toBeUndefined();
  });

  it("is nothing to a request with another cookie or none, and is gone afterwards", () => {
    const id = handOff("cookie-a", someone);
    expect(takeHandoff(id, "cookie-b")).toBeUndefined();
    expect(takeHandoff(id, "cookie-a")).toBeUndefined();
    const other = handOff("cookie-a", someone);
    expect(takeHandoff(other, undefined)).toBeUndefined();
  });

  it("is nothing under an id it did not give out", () => {
    handOff("cookie-a", someone);
    expect(takeHandoff(null, "cookie-a")).toBeUndefined();
    expect(takeHandoff("made-up", "cookie-a")).toBeUndefined();
  });

  it("is nothing once it is older than a few seconds: the page reads for itself", () => {
    const at = Date.now();
    const id = handOff("cookie-a", someone, at);
    expect(takeHandoff(id, "cookie-a", at + HANDOFF_TTL_MS)).toBeUndefined();
  });

  it("clears reads that no page took, so they cannot pile up", () => {
    const at = Date.now();
    const stale = handOff("cookie-a", someone, at);
    handOff("cookie-b", someone, at + HANDOFF_TTL_MS);
    // Taken at its own moment it would still count, had the later hand-off not cleared it.
    expect(takeHandoff(stale, "cookie-a", at + 1)).toBeUndefined();

    const first = handOff("cookie-a", someone, at);
    for (let i = 0; i < 1_000; i += 1) handOff(`cookie-${i}`, someone, at);
    expect(takeHandoff(first, "cookie-a", at)).toBeUndefined();
  });
});
