// Which address is the client's? Per-IP throttling and the activity log depend on it, so
// it never comes from what the client wrote: with no trusted proxy it is the TCP peer;
// behind N trusted proxies it is the N-th entry from the right of X-Forwarded-For (each
// proxy appends the address it received the request from, so entries further left are
// the client's own words). docs/SECURITY.md, "Throttling".

/** TRUSTED_PROXIES: how many reverse proxies stand in front of the app (0 to 10, default 0). */
export function parseTrustedProxies(value) {
  if (value === undefined || value === "") return 0;
  if (!/^(?:[0-9]|10)$/.test(value)) {
    throw new Error(`TRUSTED_PROXIES must be a whole number from 0 to 10 (the number of reverse proxies in front of the app), not "${value}"`);
  }
  return Number(value);
}

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) is written as "127.0.0.1". */
function normalise(address) {
  const trimmed = address.trim().slice(0, 64);
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice("::ffff:".length) : trimmed;
}

export function clientAddress({ peer, forwardedFor, trustedProxies }) {
  const peerAddress = normalise(peer ?? "") || "unknown";
  if (trustedProxies === 0) return peerAddress;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const entries = header.split(",").map(normalise).filter(Boolean);
  // Fewer entries than proxies: the request skipped a proxy, so any entry may be the
  // client's own words. The peer (one of our proxies) is then the only address we know.
  return entries[entries.length - trustedProxies] ?? peerAddress;
}
