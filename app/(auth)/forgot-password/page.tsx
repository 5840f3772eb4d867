import type { Metadata } from "next";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Card } from "@/components/ui/card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Wachtwoord vergeten" };

export default async function ForgotPasswordPage() {
  const copy = messages(await requestLocale()).reset;
  return (
    <Card title={copy.requestTitle} description={copy.requestIntro} headingLevel={1}>
      <ForgotPasswordForm />
    </Card>
  );
}
