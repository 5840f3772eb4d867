import { messages } from "@/lib/i18n";
import { DashboardLink, StatusPage } from "@/components/layout/status-page";

export default function Forbidden() {
  const copy = messages().errors;
  return <StatusPage title={copy.forbiddenTitle} text={copy.forbiddenText} action={<DashboardLink label={copy.toDashboard} />} />;
}
