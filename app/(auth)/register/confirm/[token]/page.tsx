import { titled } from "@/lib/i18n/page-title";
import { openRegistration } from "@/lib/accounts/register";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Card } from "@/components/ui/card";
import { InvalidLink } from "@/components/auth/invalid-link";
import { ConfirmRegistration } from "@/components/auth/confirm-registration";

export const generateMetadata = titled((m) => m.signUp.confirm.title, { referrer: "no-referrer" });

export default async function ConfirmRegistrationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const copy = messages(await requestLocale()).signUp.confirm;
  const pending = await openRegistration(token);
  if (!pending) return <InvalidLink title={copy.title} message={copy.invalid} href="/register" linkLabel={copy.registerAgain} />;
  return (
    <Card title={copy.title} headingLevel={1}>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
          {format(copy.intro, { companyName: pending.companyName, email: pending.email })}
        </p>
        <ConfirmRegistration token={token} />
      </div>
    </Card>
  );
}
