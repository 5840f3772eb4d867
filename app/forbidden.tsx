import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { StatusPage } from "@/components/layout/status-page";
import { DashboardLink } from "@/components/layout/dashboard-link";

export default async function Forbidden() {
  const copy = messages(await requestLocale()).errors;
  return <StatusPage title={copy.forbiddenTitle} text={copy.forbiddenText} action={<DashboardLink label={copy.toDashboard} />} />;
}
