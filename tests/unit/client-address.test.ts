import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "@/server/client-address.mjs";

/*
 * Which address per-IP throttling and the activity log see (docs/SECURITY.md,
 * "Throttling"): the TCP peer, or the entry a trusted proxy appended, never what the
 * client wrote itself. The browser tests (tests/e2e/client-address.e2e.ts) check the same
 * through the running server.
 */

const PEER = "::ffff:127.0.0.1";
const FORGED = "203.0.113.66";
const REAL = "198.51.100.7";
const PROXY = "10.0.0.2";

describe("clientAddress with TRUSTED_PROXIES=0", () => {
  it("is the TCP peer whatever X-Forwarded-For says, an IPv4-mapped peer written as IPv4", () => {
    for (const forwardedFor of [undefined, "", FORGED, `${FORGED}, ${REAL}`, [FORGED, REAL]]) {
      expect(clientAddress({ peer: PEER, forwardedFor, trustedProxies: 0 }), JSON.stringify(forwardedFor)).toBe("127.0.0.1");
    }
  });

  it("keeps an IPv6 peer as it is, and says 'unknown' without a peer", () => {
    expect(clientAddress({ peer: "::1", forwardedFor: FORGED, trustedProxies: 0 })).toBe("::1");
    expect(clientAddress({ peer: "2001:db8::5", forwardedFor: undefined, trustedProxies: 0 })).toBe("2001:db8::5");
    expect(clientAddress({ peer: undefined, forwardedFor: FORGED, trustedProxies: 0 })).toBe("unknown");
  });
});

describe("clientAddress behind trusted proxies", () => {
  it("with one proxy takes the right-most entry, the one the proxy appended", () => {
    expect(clientAddress({ peer: PROXY, forwardedFor: REAL, trustedProxies: 1 })).toBe(REAL);
    expect(clientAddress({ peer: PROXY, forwardedFor: `${FORGED},${REAL}`, trustedProxies: 1 })).toBe(REAL);
  });

  it("with one proxy, a forged left-most entry changes nothing", () => {
    const honest = clientAddress({ peer: PROXY, forwardedFor: REAL, trustedProxies: 1 });
    for (const forged of [FORGED, "127.0.0.1", "unknown", `${FORGED}, 192.0.2.1`, "::ffff:10.9.8.7"]) {
      expect(clientAddress({ peer: PROXY, forwardedFor: `${forged}, ${REAL}`, trustedProxies: 1 }), forged).toBe(honest);
    }
  });

  it("with two proxies takes the second entry from the right", () => {
    // client → proxy A (appends the client) → proxy B (appends A) → app.
    expect(clientAddress({ peer: "10.0.0.3", forwardedFor: `${FORGED}, ${REAL}, ${PROXY}`, trustedProxies: 2 })).toBe(REAL);
    expect(clientAddress({ peer: "10.0.0.3", forwardedFor: `${REAL}, ${PROXY}`, trustedProxies: 2 })).toBe(REAL);
  });

  it("reads a header that arrived as several lines as one list, in order", () => {
    const lines = [`${FORGED}, 192.0.2.1`, REAL];
    expect(clientAddress({ peer: PROXY, forwardedFor: lines, trustedProxies: 1 })).toBe(REAL);
    expect(clientAddress({ peer: PROXY, forwardedFor: lines, trustedProxies: 2 })).toBe("192.0.2.1");
    expect(clientAddress({ peer: PROXY, forwardedFor: [REAL, PROXY], trustedProxies: 2 })).toBe(REAL);
  });

  it("trims spaces, drops empty entries and writes an IPv4-mapped entry as IPv4", () => {
    expect(clientAddress({ peer: PROXY, forwardedFor: ` ${FORGED} ,, ::ffff:${REAL} , `, trustedProxies: 1 })).toBe(REAL);
  });

  it("with fewer entries than proxies (a proxy was skipped) trusts no entry: the peer", () => {
    expect(clientAddress({ peer: PROXY, forwardedFor: `${REAL}, 10.0.0.9`, trustedProxies: 3 })).toBe(PROXY);
    expect(clientAddress({ peer: PROXY, forwardedFor: undefined, trustedProxies: 1 })).toBe(PROXY);
    expect(clientAddress({ peer: `::ffff:${PROXY}`, forwardedFor: " , ", trustedProxies: 2 })).toBe(PROXY);
  });

  it("never returns more than 64 characters of an entry (the address is a rate-limit key and logged)", () => {
    const long = "a".repeat(500);
    expect(clientAddress({ peer: PROXY, forwardedFor: long, trustedProxies: 1 })).toHaveLength(64);
  });
});

describe("parseTrustedProxies", () => {
  it("accepts nothing, an empty value and the whole numbers 0 to 10", () => {
    expect(parseTrustedProxies(undefined)).toBe(0);
    expect(parseTrustedProxies("")).toBe(0);
    for (let count = 0; count <= 10; count++) expect(parseTrustedProxies(String(count))).toBe(count);
  });

  it.each(["-1", "abc", "11", "1.5", " 1", "01", "1e1"])("refuses %j with a message naming TRUSTED_PROXIES", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/TRUSTED_PROXIES must be a whole number from 0 to 10/);
  });
});
