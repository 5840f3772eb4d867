import { AuthError } from "next-auth";
import { fail } from "@/lib/errors/action-failure";
import { currentChallenge } from "./challenge";
import { signIn } from "@/lib/session/auth-config";
import { checkLinkRequest, LINK_PROVIDER_ID } from "./login-link";
import { minutesUntil } from "@/lib/rate-limit";
import { maskEmail } from "@/lib/validation/email";

/**
 * "Stuur een login link naar …": asks Auth.js's e-mail provider for a link for the user
 * of this browser's challenge. The checks run here for a clear message and again in the
 * signIn callback, which is the gate. A failed send leaves no usable token behind: the
 * sender removes its own row (not a newer link that a concurrent request made).
 */
export async function requestLoginLink(challengeToken: string | null, ip: string): Promise<{ sentTo: string }> {
  const challenge = await currentChallenge(challengeToken);
  if (!challenge) fail("auth.verify.expired");
  const { email, backupEmail } = challenge.user;
  const check = await checkLinkRequest({ challengeToken, email, ip }, { reserve: false });
  if (!check.allowed) {
    if (check.reason === "throttled") fail("link.throttled", { minutes: minutesUntil(check.retryAfterMs ?? 60_000) });
    fail(check.reason === "noBackup" ? "link.noBackup" : "auth.verify.expired");
  }
  try {
    const result: unknown = await signIn(LINK_PROVIDER_ID, { email, redirect: false, redirectTo: "/mfa/recovered?via=email" });
    if (typeof result === "string" && result.includes("error=")) throw new AuthError("refused");
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    fail("link.sendFailed");
  }
  return { sentTo: maskEmail(backupEmail ?? "") };
}
