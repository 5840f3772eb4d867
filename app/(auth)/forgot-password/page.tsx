import { titled } from "@/lib/i18n/page-title";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Card } from "@/components/ui/card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { BackToLogin } from "@/components/auth/auth-links";

export const generateMetadata = titled((m) => m.reset.requestTitle);

export default async function ForgotPasswordPage() {
  const copy = messages(await requestLocale()).reset;
  return (
    <Card title={copy.requestTitle} description={copy.requestIntro} headingLevel={1}>
      <ForgotPasswordForm backLink={<BackToLogin label={copy.backToLogin} />} doneLink={<BackToLogin label={copy.backToLogin} prominent />} />
    </Card>
  );
}
