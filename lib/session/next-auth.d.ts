import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    secondFactor?: string;
  }
  interface Session {
    /** This session's row in SignInSession. */
    sessionId: string;
    userId: string;
    sessionVersion: number;
    /** When the user passed the login steps (epoch seconds). */
    authTime: number;
    /** How the second step was passed: none | totp | recovery | email. */
    secondFactor: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    uid?: string;
    sv?: number;
    amr?: string;
    authTime?: number;
  }
}
