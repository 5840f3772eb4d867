/**
 * The response headers that harden the app. Pure functions: next.config.ts (at build time)
 * and proxy.ts (per request) both use them, and unit tests read them directly.
 */

/** Headers that are the same on every response, set once in next.config.ts. */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}

/**
 * For responses the proxy does not see (route handlers, build assets): they render no
 * HTML of ours, so nothing at all may run or load in them.
 */
export const LOCKED_DOWN_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** 16 random bytes, base64: unguessable and new for every request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The page CSP. Scripts run only with this request's nonce, which Next puts on its own
 * scripts when it renders the page (it reads the nonce back from this header on the request);
 * 'strict-dynamic' lets those scripts load the chunks they need. Development adds
 * 'unsafe-eval' for React's refresh runtime. Styles keep 'unsafe-inline': React's style
 * attributes and Next's injected styles carry no nonce, and a nonce in style-src would
 * switch 'unsafe-inline' off.
 */
export function contentSecurityPolicy(nonce: string, production: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** True when the app is served over https: APP_URL decides, never a request header. */
export function servedOverHttps(appUrl: string): boolean {
  return new URL(appUrl).protocol === "https:";
}

/** HSTS only where the app really is on https; over http the header would mean nothing. */
export function strictTransportSecurity(appUrl: string): string | null {
  return servedOverHttps(appUrl) ? "max-age=63072000; includeSubDomains" : null;
}
