/**
 * The requests of the load run, as a browser sends them: the login and second-step server
 * actions by their ids (bench/app-http.ts), pages and the CSV with a session cookie. Each
 * call returns what the workload needs to judge it; nothing here prints a cookie or code.
 */
import { performance } from "node:perf_hooks";
import { BROWSER_HEADERS, loginRequest, sessionCookieFrom } from "../bench/app-http";

export type Reply = {
  status: number;
  ms: number;
  /** The action's error key (`"error":"auth.login.invalidCredentials"`), when it refused. */
  error: string | null;
  session: string | null;
  /** Every cookie set, as a Cookie header: carries the challenge to the second step. */
  cookies: string;
  contentType: string;
};

// A request stuck this long is a finding in itself, not something to wait for.
const TIMEOUT_MS = 30_000;

async function send(url: string, init: RequestInit): Promise<Reply> {
  const start = performance.now();
  const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = await response.text();
  const setCookie = response.headers.getSetCookie();
  return {
    status: response.status,
    ms: performance.now() - start,
    error: /"ok":false,"error":"([\w.]+)"/.exec(body)?.[1] ?? null,
    session: sessionCookieFrom(setCookie),
    cookies: setCookie.map((cookie) => cookie.split(";")[0]!).join("; "),
    contentType: response.headers.get("content-type") ?? "",
  };
}

export type ActionIds = { secondStep: string };

export function passwordStep(baseUrl: string, email: string, password: string, ip: string): Promise<Reply> {
  const request = loginRequest(baseUrl, email, password, ip);
  return send(`${baseUrl}${request.path}`, { method: "POST", headers: request.headers, body: request.body });
}

/** The second step on `baseUrl`, with the cookies the password step set (maybe on the other instance). */
export function secondStep(baseUrl: string, ids: ActionIds, cookies: string, code: string, ip: string): Promise<Reply> {
  return send(`${baseUrl}/login/verify`, {
    method: "POST",
    headers: {
      ...BROWSER_HEADERS,
      "next-action": ids.secondStep,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: baseUrl,
      cookie: cookies,
      "x-forwarded-for": ip,
    },
    body: JSON.stringify([{ code, callbackUrl: "/dashboard" }]),
  });
}

export function getPage(baseUrl: string, path: string, session: string, ip: string): Promise<Reply> {
  return send(`${baseUrl}${path}`, { headers: { ...BROWSER_HEADERS, cookie: session, "x-forwarded-for": ip } });
}
