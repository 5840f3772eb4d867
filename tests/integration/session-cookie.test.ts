import { describe, expect, it, vi } from "vitest";
import { readSessionClaims, sessionCookieName, type CookieJar } from "@/lib/session/session-cookie";
import { currentUserFromCookies } from "@/lib/session/current-user";
import { endSession } from "@/lib/session/sign-in-sessions";
import { createPerson } from "../support/people";
import { sessionCookieFor } from "../support/session-cookie";

/*
 * The lean session read (issue 11): the cookie Auth.js issued, decoded without Auth.js's
 * request machinery, and checked against the session's row. What an attacker can do with
 * a cookie — alter it, mint one with another secret, keep a copy after "Uitloggen" — reads
 * nobody.
 */
function jar(cookies: Record<string, string>): CookieJar {
  return {
    get: (name) => (name in cookies ? { value: cookies[name]! } : undefined),
    getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
  };
}
const options = { secret: process.env.AUTH_SECRET ?? "", secure: false };

describe("the lean session read", () => {
  it("reads the claims of the cookie Auth.js would issue, and its user from the database", async () => {
    const person = await createPerson();
    const cookie = await sessionCookieFor(person.id);
    const claims = await readSessionClaims(jar({ [cookie.name]: cookie.value }), options);
    expect(claims).toMatchObject({ sessionId: cookie.sessionId, userId: person.id, sessionVersion: 0 });
    expect((await currentUserFromCookies(jar({ [cookie.name]: cookie.value })))?.id).toBe(person.id);
  });

  it("reads a cookie Auth.js split into chunks", async () => {
    const person = await createPerson();
    const { name, value } = await sessionCookieFor(person.id);
    const half = Math.floor(value.length / 2);
    const chunks = jar({ [`${name}.1`]: value.slice(half), [`${name}.0`]: value.slice(0, half) });
    expect((await readSessionClaims(chunks, options))?.userId).toBe(person.id);
  });

  it("refuses an altered cookie, one made with another secret, and the wrong cookie name", async () => {
    const person = await createPerson();
    const { name, value } = await sessionCookieFor(person.id);
    const altered = `${value.slice(0, -4)}${value.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await readSessionClaims(jar({ [name]: altered }), options)).toBeNull();
    const forged = await sessionCookieFor(person.id, { secret: "another-secret-another-secret-0123456789" });
    expect(await readSessionClaims(jar({ [name]: forged.value }), options)).toBeNull();
    // The https name is the only one read when the app is served over https.
    expect(await readSessionClaims(jar({ [name]: value }), { ...options, secure: true })).toBeNull();
    expect(sessionCookieName(true)).toBe(`__Secure-${name}`);
  });

  it("a well-formed cookie of a session that was signed out reads nobody", async () => {
    const person = await createPerson();
    const cookie = await sessionCookieFor(person.id);
    await endSession(cookie.sessionId);
    expect(await readSessionClaims(jar({ [cookie.name]: cookie.value }), options)).not.toBeNull();
    expect(await currentUserFromCookies(jar({ [cookie.name]: cookie.value }))).toBeNull();
  });

  it("a cookie read before still ends at its expiry", async () => {
    const person = await createPerson();
    const { name, value } = await sessionCookieFor(person.id, { maxAge: 60 });
    const cookies = jar({ [name]: value });
    expect((await readSessionClaims(cookies, options))?.userId).toBe(person.id);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 76_000); // past its end and Auth.js's 15 s of clock tolerance
      expect(await readSessionClaims(cookies, options)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
