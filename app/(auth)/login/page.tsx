import { titled } from "@/lib/i18n/page-title";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session/current-user";
import { safeCallbackPath } from "@/lib/http/safe-redirect";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { LoginForm } from "@/components/auth/login-form";
import { LoginFormLinks } from "@/components/auth/login-form-links";

export const generateMetadata = titled((m) => m.auth.login.title);

const notices = ["signedOut", "sessionEnded", "passwordChanged", "passwordReset", "expired"] as const;
type Notice = (typeof notices)[number];

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getCurrentUser()) redirect(callbackUrl);
  const catalogue = messages(await requestLocale());
  const copy = catalogue.auth.login;
  const notice = notices.find((name) => name === params.notice) as Notice | undefined;
  // Auth.js sends failed link sign-ins here with ?error=…; the link is the only such path.
  const linkFailed = typeof params.error === "string";
  return (
    <Card title={copy.title} description={copy.intro} headingLevel={1}>
      {notice ? (
        <div className="mb-4">
          <Alert tone={notice === "expired" ? "warning" : "info"}>{copy[notice]}</Alert>
        </div>
      ) : null}
      {linkFailed ? (
        <div className="mb-4">
          <Alert tone="error">{catalogue.link.loginError}</Alert>
        </div>
      ) : null}
      <LoginForm
        callbackUrl={callbackUrl}
        links={<LoginFormLinks forgot={catalogue.reset.forgotLink} noAccount={copy.noAccount} register={copy.register} />}
      />
    </Card>
  );
}
