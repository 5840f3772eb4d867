import { titled } from "@/lib/i18n/page-title";
import { redirect } from "next/navigation";
import { currentChallenge } from "@/lib/sign-in/challenge";
import { readChallengeToken } from "@/lib/sign-in/challenge-cookie";
import { safeCallbackPath } from "@/lib/http/safe-redirect";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Card } from "@/components/ui/card";
import { SecondStepForm } from "@/components/auth/second-step-form";
import { SecondStepLinks } from "@/components/auth/auth-links";
import { LoginLinkOffer } from "@/components/auth/login-link-offer";
import { AskOwnerOffer } from "@/components/auth/ask-owner-offer";
import { maskEmail } from "@/lib/validation/email";
import { rememberDevicesAllowed } from "@/lib/company/remember-devices";

export const generateMetadata = titled((m) => m.auth.verify.title);

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Reached only with this browser's open login challenge; without one, back to the password step. */
export default async function VerifyPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  const challenge = await currentChallenge(await readChallengeToken());
  if (!challenge) redirect("/login?notice=expired");
  const copy = messages(await requestLocale()).auth.verify;
  const { backupEmail, backupEmailConfirmedAt } = challenge.user;
  const method = params.method === "recovery" ? "recovery" : "totp";
  const canRemember = await rememberDevicesAllowed(challenge.user.companyId);
  const otherHref = `/login/verify?${new URLSearchParams({ ...(method === "recovery" ? {} : { method: "recovery" }), callbackUrl })}`;
  return (
    <Card
      title={method === "recovery" ? copy.recoveryTitle : copy.title}
      description={method === "recovery" ? copy.recoveryIntro : copy.intro}
      headingLevel={1}
    >
      <SecondStepForm
        key={method}
        method={method}
        callbackUrl={callbackUrl}
        canRemember={canRemember}
        links={<SecondStepLinks otherHref={otherHref} other={method === "recovery" ? copy.useApp : copy.useRecovery} back={copy.backToLogin} />}
      />
      {backupEmail && backupEmailConfirmedAt ? <LoginLinkOffer maskedAddress={maskEmail(backupEmail)} /> : null}
      {challenge.user.role === "EMPLOYEE" ? <AskOwnerOffer /> : null}
    </Card>
  );
}
