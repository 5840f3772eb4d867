/**
 * Talking to the running app the way a browser does: the password step is POSTed as JSON
 * to its route handler (/api/login), a server action with its id in `Next-Action` (read
 * from the build's manifest) and its argument as React's reply encoding (JSON for plain
 * values); each from a client address of its own.
 */
import fs from "node:fs";
import path from "node:path";

type ManifestEntry = { exportedName?: string; filename?: string };
type ServerReferenceManifest = { node: Record<string, ManifestEntry> };

/** The id Next gave the exported server action `name`, from the build in `distDir`. */
export function actionId(distDir: string, name: string): string {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as ServerReferenceManifest;
  const ids = Object.entries(manifest.node).filter(([, entry]) => entry.exportedName === name);
  if (ids.length !== 1) throw new Error(`${file}: expected one server action named ${name}, found ${ids.length}`);
  return ids[0]![0];
}

/**
 * What every browser sends. Next's compression gzips a response also when the header is
 * missing, so leaving it out would not save the server's work, only hide the choice.
 */
export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br, zstd", "user-agent": "tweestap-bench" };

/** A distinct address per request (10.x.y.z), so no per-IP limit sees two of them. */
export function addressSource(prefix: number): () => string {
  let n = 0;
  return () => {
    n++;
    return `10.${prefix}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
  };
}

export function loginRequest(baseUrl: string, email: string, password: string, ip: string) {
  return {
    method: "POST" as const,
    path: "/api/login",
    headers: { ...BROWSER_HEADERS, "content-type": "application/json", origin: baseUrl, "x-forwarded-for": ip },
    body: JSON.stringify({ email, password }),
  };
}

/** Auth.js's session cookie (`authjs.session-token`, chunked or `__Secure-` prefixed alike). */
export function sessionCookieFrom(setCookie: string[]): string | null {
  const cookies = setCookie.map((c) => c.split(";")[0]!).filter((c) => /session-token(\.\d+)?=./.test(c));
  return cookies.length ? cookies.join("; ") : null;
}

/** Signs in once over HTTP and returns the Cookie header a signed-in browser sends. */
export async function signInOnce(baseUrl: string, email: string, password: string): Promise<string> {
  const request = loginRequest(baseUrl, email, password, "10.250.0.1");
  const response = await fetch(`${baseUrl}${request.path}`, { method: "POST", headers: request.headers, body: request.body, redirect: "manual" });
  const cookie = sessionCookieFrom(response.headers.getSetCookie());
  const body = await response.text();
  if (!cookie) throw new Error(`sign-in over HTTP gave no session cookie (HTTP ${response.status}): ${body.slice(0, 300)}`);
  return cookie;
}
