import { stepRoute } from "@/lib/actions/step-route";
import { completeSignIn } from "@/lib/sign-in/complete-sign-in";
import { passwordStep } from "@/lib/sign-in/password-step";
import { setChallengeCookie } from "@/lib/sign-in/challenge-cookie";
import { readDeviceToken } from "@/lib/sign-in/device-cookie";
import { clientIp } from "@/lib/http/client-ip";
import { safeCallbackPath } from "@/lib/http/safe-redirect";
import { loginSchema } from "@/lib/validation/auth";
import type { LoginStepResult } from "@/lib/sign-in/login-step-result";

/**
 * The password step of /login ("Inloggen"): a route handler rather than a server action,
 * so the response is the result alone and not a render of /login (lib/actions/step-route.ts).
 * The browser goes where the answer says, through the proxy (which may send it on: forced
 * enrolment).
 */
export const POST = stepRoute(loginSchema, async ({ email, password, callbackUrl }): Promise<LoginStepResult> => {
  const destination = safeCallbackPath(callbackUrl);
  const { next, challengeToken } = await passwordStep({ email, password, ip: await clientIp(), deviceToken: await readDeviceToken() });
  await setChallengeCookie(challengeToken);
  const onward = `?callbackUrl=${encodeURIComponent(destination)}`;
  if (next === "secondFactor") return { redirectTo: `/login/verify${onward}`, signedIn: false };
  if (next === "newPassword") return { redirectTo: `/login/new-password${onward}`, signedIn: false };
  await completeSignIn();
  return { redirectTo: destination, signedIn: true };
});
