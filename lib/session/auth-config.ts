import NextAuth from "next-auth";
import type { Adapter } from "next-auth/adapters";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { completeChallenge } from "@/lib/sign-in/challenge";
import { clearChallengeCookie, readChallengeToken } from "@/lib/sign-in/challenge-cookie";
import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { secureSessionCookie } from "./current-user";
import { endSession, openSession, sessionIsLive } from "./sign-in-sessions";
import { rememberThisDevice } from "@/lib/sign-in/device-cookie";
import { LINK_MAX_AGE_S, SESSION_MAX_AGE_S } from "@/lib/limits";
import { LINK_PROVIDER_ID, checkLinkRequest, recordLinkSignIn, sendLoginLinkMail, storeLinkToken } from "@/lib/sign-in/login-link";
import { completeChallengeByLink } from "@/lib/sign-in/login-link-use";

/**
 * Auth.js's Prisma adapter stores the e-mail link's tokens. It may never create an
 * account: people join by registering a company or by invitation.
 */
function linkTokenAdapter(): Adapter {
  // Both generated clients share one API (see lib/db/client.ts); the adapter is typed
  // against @prisma/client's default export, which this project does not generate.
  const adapter = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...adapter,
    createUser: () => {
      throw new Error("Accounts are created by registration or invitation only");
    },
    // Bound to the asking browser's challenge, and the account's only link.
    createVerificationToken: async (data) => storeLinkToken(await readChallengeToken(), data),
  };
}

/**
 * Auth.js owns the session (a JWT cookie); this app owns the login steps. The
 * credentials provider takes no password: it only completes this browser's login
 * challenge once every required step has passed (lib/sign-in/password-step.ts), so no session
 * can exist before the second factor.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  // __Secure-/__Host- cookie names and the Secure flag follow APP_URL, not the request's
  // protocol or X-Forwarded-Proto, which a misconfigured proxy or a client could get wrong.
  useSecureCookies: secureSessionCookie(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login", error: "/login", verifyRequest: "/login/verify" },
  adapter: linkTokenAdapter(),
  providers: [
    Credentials({
      id: "challenge",
      credentials: {},
      async authorize() {
        const completed = await completeChallenge(await readChallengeToken(), await clientIp());
        if (!completed) return null;
        await clearChallengeCookie();
        await rememberThisDevice(completed.user.id);
        return {
          id: completed.user.id,
          email: completed.user.email,
          name: completed.user.name,
          secondFactor: completed.method,
        };
      },
    }),
    // The login link to the backup address ("Geen toegang tot uw telefoon?").
    Resend({
      id: LINK_PROVIDER_ID,
      from: env().MAIL_FROM,
      maxAge: LINK_MAX_AGE_S,
      sendVerificationRequest: ({ identifier, token }) => sendLoginLinkMail({ identifier, token }),
    }),
  ],
  callbacks: {
    async signIn({ user, account, email }) {
      if (account?.provider === "challenge") return true;
      if (account?.provider !== LINK_PROVIDER_ID || !user.email) return false;
      if (email?.verificationRequest) {
        // Asking for a link, whichever way the request came in.
        const request = { challengeToken: await readChallengeToken(), email: user.email, ip: await clientIp() };
        return (await checkLinkRequest(request, { reserve: true })).allowed;
      }
      // Using a link: the callback route has already checked this browser's challenge and
      // the confirm page's proof; this completes that challenge, once.
      const completed = await completeChallengeByLink(await readChallengeToken(), user.email);
      if (!completed) return false;
      await clearChallengeCookie();
      // Recorded before the jwt callback opens the session, as the challenge's sign-in is:
      // the session keeps the sign-in before this one (lib/session/sign-in-sessions.ts).
      if (user.id) await recordLinkSignIn(user.id, await clientIp());
      return true;
    },
    async jwt({ token, user, account }) {
      if (user?.id) {
        const origin = { userAgent: (await headers()).get("user-agent"), ipAddress: await clientIp() };
        const { sessionId, sessionVersion } = await openSession(user.id, origin);
        token.sid = sessionId;
        token.uid = user.id;
        token.sv = sessionVersion;
        token.amr = account?.provider === LINK_PROVIDER_ID ? "email" : user.secondFactor;
        token.authTime = Math.floor(Date.now() / 1000);
        return token;
      }
      // Every later read (also /api/auth/session, which renews the cookie): a session
      // that was signed out or has passed its absolute end is not renewed but deleted.
      // A client-triggered "update" carries data from the browser: it never changes the token.
      return (await sessionIsLive(token.sid, token.uid)) ? token : null;
    },
    session({ session, token }) {
      return {
        ...session,
        sessionId: token.sid ?? "",
        userId: token.uid ?? "",
        sessionVersion: token.sv ?? -1,
        authTime: token.authTime ?? 0,
        secondFactor: token.amr ?? "none",
      };
    },
  },
  events: {
    async signOut(message) {
      // "Uitloggen": the session's row is revoked, so a copy of the cookie is worthless.
      if ("token" in message && message.token?.sid) await endSession(message.token.sid);
    },
    async signIn({ user, account }) {
      if (account?.provider === LINK_PROVIDER_ID && user.id) await rememberThisDevice(user.id);
    },
  },
  logger: {
    // Auth.js logs whole error objects; keep its output to the error name so no
    // credential or token can reach the log.
    error(error) {
      logger.error("authjs.error", { type: "type" in error ? String(error.type) : "error" });
    },
    warn() {},
    debug() {},
  },
}));
