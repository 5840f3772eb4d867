import { titled } from "@/lib/i18n/page-title";
import Link from "next/link";
import { AppPage } from "@/components/layout/app-page";
import { requireUser } from "@/lib/session/guards";
import { format, messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { Card } from "@/components/ui/card";
import { StepHeading } from "@/components/ui/step-heading";

export const generateMetadata = titled((m) => m.account.dashboard.title);

export default async function DashboardPage() {
  const user = await requireUser();
  const copy = messages(user.locale).account;
  return (
    <AppPage user={user} page="dashboard">
      <StepHeading className="text-2xl font-semibold tracking-tight">{format(copy.dashboard.welcome, { name: user.name })}</StepHeading>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title={copy.dashboard.company}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">{copy.dashboard.company}</dt>
            <dd className="font-medium">{user.companyName}</dd>
            <dt className="text-slate-600">{copy.dashboard.role}</dt>
            <dd className="font-medium">{copy.roles[user.role]}</dd>
            <dt className="text-slate-600">{copy.dashboard.lastLogin}</dt>
            <dd className="font-medium">{user.previousSignInAt ? formatDateTime(user.previousSignInAt, user.locale) : copy.dashboard.never}</dd>
          </dl>
        </Card>
        <Card title={copy.dashboard.mfaStatus}>
          <p className="text-sm">
            <span className={`font-semibold ${user.mfaEnabledAt ? "text-emerald-800" : "text-amber-800"}`}>
              {user.mfaEnabledAt ? copy.dashboard.mfaOn : copy.dashboard.mfaOff}
            </span>
          </p>
          {user.mfaEnabledAt ? null : <p className="mt-2 text-sm text-slate-600">{copy.dashboard.mfaOffHint}</p>}
          <Link href="/account" className="mt-3 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
            {copy.dashboard.goToMyLogin}
          </Link>
        </Card>
      </div>
    </AppPage>
  );
}
