import { AuthError } from "next-auth";
import { signIn } from "@/lib/session/auth-config";
import { fail } from "@/lib/errors/action-failure";

/**
 * Hands this browser's finished login challenge to Auth.js, which sets the session
 * cookie. The caller says where the browser goes next. Kept out of the "use server" files
 * so it is never callable as an action of its own.
 */
export async function completeSignIn(): Promise<void> {
  try {
    await signIn("challenge", { redirect: false });
  } catch (error) {
    if (error instanceof AuthError) fail("auth.login.expired");
    throw error;
  }
}
