import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { completeChallenge, clearChallengeCookie } from "./challenge";
import { env } from "@/lib/env";

/**
 * Auth.js owns the session (a JWT cookie); this app owns the login steps. The
 * credentials provider takes no password: it only completes this browser's login
 * challenge once every required step has passed (lib/auth/login.ts), so no session
 * can exist before the second factor.
 */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      id: "challenge",
      credentials: {},
      async authorize() {
        const completed = await completeChallenge();
        if (!completed) return null;
        await clearChallengeCookie();
        return {
          id: completed.user.id,
          email: completed.user.email,
          name: completed.user.name,
          sessionVersion: completed.user.sessionVersion,
          secondFactor: completed.method,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.amr = user.secondFactor;
        token.authTime = Math.floor(Date.now() / 1000);
      }
      // A client-triggered session "update" carries data from the browser: it never
      // changes the token (nothing here reads `session` from the update).
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        userId: token.uid ?? "",
        sessionVersion: token.sv ?? -1,
        authTime: token.authTime ?? 0,
        secondFactor: token.amr ?? "none",
      };
    },
  },
  logger: {
    // Auth.js logs whole error objects; keep its output to the error name so no
    // credential or token can reach the log.
    error(error) {
      console.error(`[auth] ${error.name}`);
    },
    warn() {},
    debug() {},
  },
}));
