import type { Metadata } from "next";
import Link from "next/link";
import { openPasswordReset } from "@/lib/accounts/password-reset";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Nieuw wachtwoord instellen", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const copy = messages(await requestLocale()).reset;
  const reset = await openPasswordReset(token);
  if (!reset) {
    return (
      <Card title={copy.title} headingLevel={1}>
        <Alert tone="error">{copy.invalid}</Alert>
        <Link href="/forgot-password" className="mt-4 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
          {copy.requestNew}
        </Link>
      </Card>
    );
  }
  return (
    <Card title={copy.title} description={copy.intro} headingLevel={1}>
      <ResetPasswordForm token={token} email={reset.user.email} mfaEnabled={reset.user.totpCredentials.length > 0} />
    </Card>
  );
}
