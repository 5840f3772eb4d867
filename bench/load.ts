/**
 * Load phases with autocannon (keep-alive connections, like a browser's). Every response
 * is checked: a sign-in counts only when it set a session cookie, a page only when it
 * answered 200, so a wall of error pages or redirects can never pass for speed.
 */
import type { IncomingHttpHeaders } from "node:http";
import autocannon from "autocannon";
import { addressSource, BROWSER_HEADERS, loginRequest, sessionCookieFrom } from "./app-http";

export type LoadResult = { perSecond: number; p50: number; ok: number; bad: number; errors: number };

type Options = autocannon.Options;

async function run(options: Options, isGood: (status: number, headers: IncomingHttpHeaders) => boolean): Promise<LoadResult> {
  let ok = 0;
  let bad = 0;
  const requests = (options.requests ?? [{}]).map((request) => ({
    ...request,
    onResponse: (status: number, _body: string, _context: object, headers: IncomingHttpHeaders | undefined) => {
      if (isGood(status, headers ?? {})) ok++;
      else bad++;
    },
  }));
  const result = await autocannon({ ...options, requests });
  const seconds = result.duration;
  return { perSecond: ok / seconds, p50: result.latency.p50, ok, bad, errors: result.errors + result.timeouts };
}

/** Raw header names keep the server's spelling: look `name` up in any case. */
function headerList(headers: IncomingHttpHeaders, name: string): string[] {
  const values = Object.entries(headers).filter(([key]) => key.toLowerCase() === name).map(([, value]) => value ?? []);
  return values.flat();
}

export type SignInLoad = { baseUrl: string; emails: (i: number) => string; userCount: number; password: string };

/** Sign-ins through the password step, each as another user from another address. */
export function signIns(target: SignInLoad, connections: number, seconds: number, addressPrefix: number): Promise<LoadResult> {
  const nextAddress = addressSource(addressPrefix);
  let n = 0;
  return run(
    {
      url: target.baseUrl,
      connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (request) => {
            const email = target.emails(n++ % target.userCount);
            return { ...request, ...loginRequest(target.baseUrl, email, target.password, nextAddress()) };
          },
        },
      ],
    },
    (status, headers) => status < 400 && sessionCookieFrom(headerList(headers, "set-cookie")) !== null,
  );
}

/** GETs of one page, signed in when `cookie` is given; only a 200 counts. */
export function pageLoad(baseUrl: string, path: string, cookie: string | null, connections: number, seconds: number): Promise<LoadResult> {
  return run(
    { url: `${baseUrl}${path}`, connections, duration: seconds, headers: cookie ? { ...BROWSER_HEADERS, cookie } : BROWSER_HEADERS },
    (status) => status === 200,
  );
}
