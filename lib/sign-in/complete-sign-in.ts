import { AuthError } from "next-auth";
import { signIn } from "@/lib/session/auth-config";
import { fail } from "@/lib/errors/action-failure";
import { readChallengeToken } from "./challenge-cookie";
import { landingAfterSignIn } from "./landing";

/**
 * Hands this browser's finished login challenge to Auth.js, which sets the session
 * cookie, and returns where the action should redirect: where the proxy would send this
 * person anyway. Next renders an action's redirect target through the proxy with a fetch
 * of its own, and a second redirect there would leave the browser's address on the first
 * target. Kept out of the "use server" files so it is never callable as an action.
 */
export async function completeSignIn(destination: string): Promise<string> {
  const landing = await landingAfterSignIn(await readChallengeToken(), destination);
  try {
    await signIn("challenge", { redirect: false });
  } catch (error) {
    if (error instanceof AuthError) fail("auth.login.expired");
    throw error;
  }
  return landing;
}
