import { titled } from "@/lib/i18n/page-title";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session/current-user";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Card } from "@/components/ui/card";
import { RegisterForm } from "@/components/auth/register-form";
import { RegisterFormLinks } from "@/components/auth/auth-links";

export const generateMetadata = titled((m) => m.auth.register.title);

export default async function RegisterPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  const copy = messages(await requestLocale()).auth.register;
  return (
    <Card title={copy.title} description={copy.intro} headingLevel={1}>
      <RegisterForm links={<RegisterFormLinks haveAccount={copy.haveAccount} login={copy.login} />} />
    </Card>
  );
}
