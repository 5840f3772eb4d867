import { headers } from "next/headers";

/**
 * The client's address for per-IP throttling. Next fills X-Forwarded-For from the
 * socket when the request has none; behind a reverse proxy, that proxy must overwrite
 * (not append to) the header — see README, "Running behind a proxy".
 */
export async function clientIp(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first ? first.slice(0, 64) : "unknown";
}
