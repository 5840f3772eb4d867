import { AuthError } from "next-auth";
import { signIn } from "@/lib/session/auth-config";
import { fail } from "@/lib/errors/action-failure";

/**
 * Hands this browser's finished login challenge to Auth.js, which sets the session
 * cookie and redirects (by throwing, as Next's redirect does). Kept out of the
 * "use server" files so it is never callable as an action of its own.
 */
export async function completeSignIn(destination: string): Promise<never> {
  try {
    await signIn("challenge", { redirectTo: destination });
  } catch (error) {
    if (error instanceof AuthError) fail("auth.login.expired");
    throw error;
  }
  throw new Error("signIn returned without redirecting");
}
