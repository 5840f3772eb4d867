import { decode } from "next-auth/jwt";
import type { SessionClaims } from "./load-user";

/**
 * The lean session read (issue 11): the session cookie is decoded with Auth.js's own JWT
 * functions — same secret, same salt (the cookie's name) — without Auth.js's request
 * machinery, which builds a Request, runs the callbacks and re-encodes the cookie on every
 * read. Whether the session still counts is decided by loadCurrentUser against the
 * database, never by the claims alone. Framework-free: the caller passes its cookies.
 */
export type CookieJar = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

/** Auth.js's cookie name; the __Secure- prefix follows APP_URL (see auth-config.ts). */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/** Auth.js splits a cookie over 4 KB into `name.0`, `name.1`, …; ours never is, but read both forms. */
function cookieValue(jar: CookieJar, name: string): string | undefined {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = new Map<number, string>();
  for (const cookie of jar.getAll()) {
    const suffix = cookie.name.startsWith(`${name}.`) ? cookie.name.slice(name.length + 1) : "";
    if (/^\d{1,2}$/.test(suffix)) chunks.set(Number(suffix), cookie.value);
  }
  if (chunks.size === 0) return undefined;
  return [...chunks.keys()].sort((a, b) => a - b).map((index) => chunks.get(index)).join("");
}

/** The session cookie's value as the browser sent it (whole or joined from its chunks). */
export function sessionToken(jar: CookieJar, secure: boolean): string | undefined {
  return cookieValue(jar, sessionCookieName(secure));
}

/*
 * Decoding costs a key derivation and a decryption, and a browser sends the same cookie
 * with every request. A cookie that decoded once decodes to the same claims until it
 * expires, so those are kept (bounded, oldest out first). Only the decode is kept:
 * whether the session still counts is asked of the database on every request
 * (loadCurrentUser).
 */
const MAX_REMEMBERED = 2_000;
const remembered = new Map<string, { claims: SessionClaims; expiresAtMs: number }>();

function remember(key: string, claims: SessionClaims, exp: unknown): void {
  if (typeof exp !== "number") return;
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value ?? "");
  remembered.set(key, { claims, expiresAtMs: exp * 1000 });
}

async function decodeClaims(token: string, secret: string, salt: string): Promise<SessionClaims | null> {
  const key = `${salt}\n${token}`;
  const known = remembered.get(key);
  if (known) {
    if (known.expiresAtMs > Date.now()) return known.claims;
    remembered.delete(key);
    return null;
  }
  try {
    const payload = await decode({ token, secret, salt });
    if (!payload) return null;
    const { sid, uid, sv, authTime, amr } = payload;
    if (typeof sid !== "string" || typeof uid !== "string" || typeof sv !== "number") return null;
    const claims = { sessionId: sid, userId: uid, sessionVersion: sv, authTime: typeof authTime === "number" ? authTime : 0, secondFactor: amr ?? "none" };
    remember(key, claims, payload.exp);
    return claims;
  } catch {
    // A cookie we cannot decrypt (tampered, another secret) is no session, not an error.
    return null;
  }
}

/** The claims of a well-formed, unexpired session cookie, or null (absent, forged, expired, old format). */
export async function readSessionClaims(jar: CookieJar, options: { secret: string; secure: boolean }): Promise<SessionClaims | null> {
  const name = sessionCookieName(options.secure);
  const token = cookieValue(jar, name);
  return token ? decodeClaims(token, options.secret, name) : null;
}
