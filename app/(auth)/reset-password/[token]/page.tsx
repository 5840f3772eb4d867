import { titled } from "@/lib/i18n/page-title";
import { openPasswordReset } from "@/lib/accounts/password-reset";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Card } from "@/components/ui/card";
import { InvalidLink } from "@/components/auth/invalid-link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const generateMetadata = titled((m) => m.reset.title, { referrer: "no-referrer" });

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const copy = messages(await requestLocale()).reset;
  const reset = await openPasswordReset(token);
  if (!reset) return <InvalidLink title={copy.title} message={copy.invalid} href="/forgot-password" linkLabel={copy.requestNew} />;
  return (
    <Card title={copy.title} description={copy.intro} headingLevel={1}>
      <ResetPasswordForm token={token} email={reset.user.email} mfaEnabled={reset.user.totpCredentials.length > 0} />
    </Card>
  );
}
