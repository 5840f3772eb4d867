import type { NextConfig } from "next";
import { LOCKED_DOWN_CSP, staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Lets parallel test runs on one machine keep separate builds (NEXT_DIST_DIR=.next-a).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native module and argon2 ships one: load them from node_modules.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // Production is served over https (lib/env.ts), so a reverse proxy terminates TLS in front
  // of the app; it compresses too (README, "Meer dan één instantie"). Compressing here cost
  // the main thread about 5 ms per sign-in in the profile (issue 11).
  compress: false,
  // `next dev` logs every server action's arguments (passwords, codes): never.
  // tests/e2e/dev-log.e2e.ts signs in against the development server and reads its log.
  // Its request lines print whole URLs: not the ones that carry a link token.
  logging: {
    serverFunctions: false,
    incomingRequests: { ignore: [/[?&]token=/, /^\/(invite|reset-password|backup\/confirm)\//] },
  },
  // forbidden() answers 403 for an employee on an owner-only page.
  experimental: { authInterrupts: true },
  async headers() {
    // Pages whose URL carries a token must not leak it as a referrer.
    const tokenPages = ["/login/link", "/invite/:token", "/reset-password/:token", "/backup/confirm/:token"];
    // Pages get their CSP, with a fresh nonce, from proxy.ts: a header set here is fixed at build time.
    // Route handlers render no page, so they get one that allows nothing.
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: LOCKED_DOWN_CSP }] },
      ...tokenPages.map((source) => ({ source, headers: [{ key: "Referrer-Policy", value: "no-referrer" }] })),
    ];
  },
};

export default nextConfig;
