import { titled } from "@/lib/i18n/page-title";
import { redirect } from "next/navigation";
import { challengeAwaitingPassword } from "@/lib/sign-in/renew-password";
import { readChallengeToken } from "@/lib/sign-in/challenge-cookie";
import { safeCallbackPath } from "@/lib/http/safe-redirect";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Card } from "@/components/ui/card";
import { RenewPasswordForm } from "@/components/auth/renew-password-form";

export const generateMetadata = titled((m) => m.auth.renewPassword.title);

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Only with this browser's challenge that waits for a new password; otherwise back to the password step. */
export default async function RenewPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  const challenge = await challengeAwaitingPassword(await readChallengeToken());
  if (!challenge) redirect("/login?notice=expired");
  const copy = messages(await requestLocale()).auth.renewPassword;
  return (
    <Card title={copy.title} description={copy.intro} headingLevel={1}>
      <RenewPasswordForm email={challenge.user.email} callbackUrl={callbackUrl} />
    </Card>
  );
}
