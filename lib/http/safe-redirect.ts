/**
 * A post-login destination from the query string: only a path on this site. Anything
 * absolute, protocol-relative ("//evil.example") or with a backslash trick is dropped.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  try {
    const url = new URL(value, "http://tweestap.invalid");
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Normalising can turn "/.//evil.example" into "//evil.example": check the result too.
    if (url.origin !== "http://tweestap.invalid" || path.startsWith("//") || path.includes("\\")) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
