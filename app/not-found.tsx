import { messages } from "@/lib/i18n";
import { DashboardLink, StatusPage } from "@/components/layout/status-page";

export default function NotFound() {
  const copy = messages().errors;
  return <StatusPage title={copy.notFoundTitle} text={copy.notFoundText} action={<DashboardLink label={copy.toDashboard} />} />;
}
