import { titled } from "@/lib/i18n/page-title";
import { AppPage } from "@/components/layout/app-page";
import { requireUser } from "@/lib/session/guards";
import { ownActivity, OWN_ACTIVITY_RECENT } from "@/lib/activity/read";
import { format, messages, toLocale } from "@/lib/i18n";
import Link from "next/link";
import { pendingBackupEmail } from "@/lib/accounts/backup-email";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ActivityList } from "@/components/account/activity-list";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereButton } from "@/components/account/sign-out-everywhere-button";
import { SessionList } from "@/components/account/session-list";
import { activeSessions } from "@/lib/session/sign-in-sessions";
import { MfaStatus } from "@/components/mfa/mfa-status";
import { MfaManagement } from "@/components/mfa/mfa-management";
import { remainingRecoveryCodes } from "@/lib/mfa/recovery-store";
import { mfaDisableRule } from "@/lib/mfa/manage";
import { LanguageForm } from "@/components/i18n/language-form";
import { RememberedDevices } from "@/components/account/remembered-devices";
import { rememberedDevices } from "@/lib/sign-in/remembered-devices";
import { now } from "@/lib/clock";
import { StepHeading } from "@/components/ui/step-heading";

export const generateMetadata = titled((m) => m.account.myLogin.title);

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MyLoginPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { notice } = await searchParams;
  const catalogue = messages(user.locale);
  const copy = catalogue.account;
  const [activity, remaining, pendingBackup, sessions, remembered] = await Promise.all([
    ownActivity(user.id, { take: OWN_ACTIVITY_RECENT }),
    remainingRecoveryCodes(user.id),
    pendingBackupEmail(user.id),
    activeSessions(user.id),
    rememberedDevices(user.id, now()),
  ]);
  const confirmedBackup = user.backupEmailConfirmedAt ? user.backupEmail : null;
  return (
    <AppPage user={user} page="account">
      <StepHeading className="text-2xl font-semibold tracking-tight">{copy.myLogin.title}</StepHeading>
      {notice === "mfaDisabled" && !user.mfaEnabledAt ? <Alert tone="success">{catalogue.mfa.manage.disabled}</Alert> : null}
      <Card title={copy.myLogin.details}>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">{copy.myLogin.name}</dt>
          <dd className="font-medium">{user.name}</dd>
          <dt className="text-slate-600">{copy.myLogin.email}</dt>
          <dd className="font-medium [overflow-wrap:anywhere]">{user.email}</dd>
          <dt className="text-slate-600">{copy.myLogin.company}</dt>
          <dd className="font-medium">{user.companyName}</dd>
          <dt className="text-slate-600">{copy.myLogin.role}</dt>
          <dd className="font-medium">{copy.roles[user.role]}</dd>
        </dl>
      </Card>
      <Card title={catalogue.language.title} description={catalogue.language.intro}>
        <LanguageForm current={toLocale(user.locale)} />
      </Card>
      <Card title={catalogue.mfa.status.title}>
        <MfaStatus enabledAt={user.mfaEnabledAt} remaining={remaining} locale={user.locale} copy={catalogue.mfa.status} />
      </Card>
      {user.mfaEnabledAt ? (
        <MfaManagement user={{ email: user.email, ...mfaDisableRule(user) }} />
      ) : null}
      <Card title={catalogue.backup.current}>
        {user.mfaEnabledAt && !confirmedBackup ? (
          <div className="mb-3">
            <Alert tone="warning">{catalogue.backup.recommend}</Alert>
          </div>
        ) : null}
        <p className="font-medium [overflow-wrap:anywhere]">{confirmedBackup ?? catalogue.backup.none}</p>
        {pendingBackup ? (
          <p className="mt-2 text-sm text-amber-800">{format(catalogue.backup.pending, { address: pendingBackup.email })}</p>
        ) : null}
        <Link href="/account/backup" className="mt-3 inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50">
          {catalogue.backup.manage}
        </Link>
      </Card>
      <Card title={copy.password.title} description={copy.password.intro}>
        <ChangePasswordForm mfaEnabled={user.mfaEnabledAt !== null} email={user.email} />
      </Card>
      <Card title={copy.sessions.title} description={copy.sessions.intro}>
        <SessionList sessions={sessions} currentId={user.sessionId} copy={copy.sessions} locale={user.locale} />
      </Card>
      {user.mfaEnabledAt || remembered.length > 0 ? (
        <RememberedDevices devices={remembered} copy={catalogue.rememberedDevices} locale={user.locale} />
      ) : null}
      <Card title={copy.signOutEverywhere.title} description={copy.signOutEverywhere.text}>
        <SignOutEverywhereButton />
      </Card>
      <Card title={copy.activity.title}>
        <ActivityList rows={activity} copy={copy.activity} locale={user.locale} />
        {activity.length > 0 ? (
          <a href="/api/account/activity" className="mt-4 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
            {copy.activity.download}
          </a>
        ) : null}
      </Card>
    </AppPage>
  );
}
