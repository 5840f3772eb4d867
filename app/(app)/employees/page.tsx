import { titled } from "@/lib/i18n/page-title";
import Link from "next/link";
import { AppPage } from "@/components/layout/app-page";
import { requireOwner } from "@/lib/session/guards";
import { format, messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { listPeople, pendingInvitations, peopleForFilter } from "@/lib/company/people";
import { companyActivity } from "@/lib/activity/read";
import { employeesWithoutMfa } from "@/lib/company/policy";
import { ownerAlertSettings } from "@/lib/company/owner-alerts";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { ActivityList } from "@/components/account/activity-list";
import { InviteForm } from "@/components/employees/invite-form";
import { InvitationActions } from "@/components/employees/invitation-actions";
import { PeopleTable } from "@/components/employees/people-table";
import { PolicySection } from "@/components/employees/policy-section";
import { OwnerAlertsForm } from "@/components/employees/owner-alerts-form";
import { RememberDevicesSetting } from "@/components/employees/remember-devices-setting";
import { RemindersButton } from "@/components/employees/reminders-button";
import { StepHeading } from "@/components/ui/step-heading";

export const generateMetadata = titled((m) => m.employees.title);

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function param(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

function pageNumber(value: string | string[] | undefined): number {
  const number = Number.parseInt(param(value), 10);
  return Number.isFinite(number) && number > 0 ? Math.min(number, 10_000) : 1;
}

export default async function EmployeesPage({ searchParams }: { searchParams: SearchParams }) {
  const owner = await requireOwner();
  const params = await searchParams;
  const catalogue = messages(owner.locale);
  const copy = catalogue.employees;
  const query = param(params.q).slice(0, 100);
  const page = pageNumber(params.page);
  const activityPage = pageNumber(params.activityPage);
  const person = param(params.person).slice(0, 64) || undefined;

  const [people, invitations, withoutMfa, activity, everyone, alerts] = await Promise.all([
    listPeople(owner.companyId, { query, page }),
    pendingInvitations(owner.companyId),
    employeesWithoutMfa(owner.companyId),
    companyActivity(owner.companyId, { userId: person, page: activityPage }),
    peopleForFilter(owner.companyId),
    ownerAlertSettings(owner.companyId),
  ]);
  const hrefWith = (changes: Record<string, string | number>) => {
    const next = new URLSearchParams({ ...(query ? { q: query } : {}), ...(person ? { person } : {}) });
    for (const [key, value] of Object.entries(changes)) next.set(key, String(value));
    return `/employees?${next}`;
  };
  const now = new Date();

  return (
    <AppPage user={owner} page="employees">
      <div>
        <StepHeading className="text-2xl font-semibold tracking-tight">{copy.title}</StepHeading>
        <p className="mt-1 text-slate-700">{format(copy.intro, { company: owner.companyName })}</p>
      </div>

      <Card title={copy.policy.title}>
        {owner.mfaEnabledAt ? null : (
          <div className="mb-4">
            <Alert tone="info">{copy.policy.ownerNeedsMfa}</Alert>
          </div>
        )}
        <PolicySection owner={owner} employeesWithoutMfa={withoutMfa} hasEmployees={everyone.length > 1} />
        {withoutMfa > 0 ? (
          <div className="mt-4">
            <RemindersButton />
          </div>
        ) : null}
      </Card>

      <Card title={copy.alerts.title} description={copy.alerts.text}>
        <OwnerAlertsForm settings={alerts} />
      </Card>
      <RememberDevicesSetting companyId={owner.companyId} locale={owner.locale} />

      <Card title={copy.invite.title} description={copy.invite.text}>
        <InviteForm />
        <h3 className="mt-6 font-semibold">{copy.invite.pendingTitle}</h3>
        {invitations.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{copy.invite.pendingEmpty}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100" aria-label={copy.invite.pendingTitle}>
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-col gap-2 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
                <span>
                  <span className="font-medium [overflow-wrap:anywhere]">{invitation.email}</span>
                  <span className="block text-slate-600">
                    {format(invitation.expiresAt > now ? copy.invite.expires : copy.invite.expired, {
                      date: formatDateTime(invitation.expiresAt, owner.locale),
                    })}
                  </span>
                </span>
                <InvitationActions invitationId={invitation.id} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={copy.list.title} description={people.total === 1 ? copy.list.countOne : format(copy.list.count, { count: people.total })}>
        <form method="get" role="search" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end">
          <label className="flex flex-col gap-1.5 text-sm font-medium sm:w-80">
            {copy.list.search}
            <input name="q" type="search" defaultValue={query} className="min-h-11 rounded-md border border-slate-300 px-3 text-base font-normal" />
          </label>
          <button type="submit" className="min-h-11 rounded-md px-4 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50">
            {copy.list.searchSubmit}
          </button>
          {query ? (
            <Link href="/employees" className="min-h-11 content-center text-sm text-teal-800 underline underline-offset-2">
              {copy.list.clearSearch}
            </Link>
          ) : null}
        </form>
        {people.people.length === 0 ? (
          <p className="text-sm text-slate-600">{format(copy.list.empty, { query })}</p>
        ) : (
          <PeopleTable people={people.people} ownerId={owner.id} copy={copy.list} roles={catalogue.account.roles} locale={owner.locale} />
        )}
        {people.pages > 1 ? (
          <div className="mt-4">
            <Pager
              page={page}
              pages={people.pages}
              hrefFor={(target) => hrefWith({ page: target })}
              labels={{ previous: copy.list.previous, next: copy.list.next, status: format(copy.list.pageOf, { page, pages: people.pages }) }}
            />
          </div>
        ) : null}
      </Card>

      <Card title={copy.activity.title}>
        <form method="get" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end">
          {query ? <input type="hidden" name="q" value={query} /> : null}
          <label className="flex flex-col gap-1.5 text-sm font-medium sm:w-80">
            {copy.activity.person}
            <select name="person" defaultValue={person ?? ""} className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-base font-normal">
              <option value="">{copy.activity.everyone}</option>
              {everyone.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="min-h-11 rounded-md px-4 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50">
            {copy.activity.filter}
          </button>
        </form>
        <ActivityList rows={activity.rows} copy={catalogue.account.activity} locale={owner.locale} />
        <div className="mt-4">
          <Pager
            page={activityPage}
            pages={activity.hasMore ? activityPage + 1 : activityPage}
            hrefFor={(target) => hrefWith({ activityPage: target })}
            labels={{ previous: copy.activity.newer, next: copy.activity.older }}
          />
        </div>
      </Card>
    </AppPage>
  );
}
