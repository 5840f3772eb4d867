import { format, messages, type Messages } from "@/lib/i18n";
import type { MfaStatus } from "@/lib/company/people";
import { formatDateTime } from "@/lib/i18n/dates";
import { PersonActions } from "./person-actions";

export type PersonRow = { id: string; name: string; email: string; role: string; lastLoginAt: Date | null; mfaEnabled: boolean; mfaStatus: MfaStatus };

const statusTone: Record<MfaStatus["kind"], string> = {
  set: "font-medium text-emerald-800",
  notSet: "font-medium text-amber-800",
  due: "font-medium text-amber-800",
  overdue: "font-medium text-red-800",
};

function statusText(status: MfaStatus, copy: Messages["employees"]["list"], deadline: Messages["mfaDeadline"]["status"]): string {
  switch (status.kind) {
    case "set":
      return copy.mfaSet;
    case "notSet":
      return copy.mfaNotSet;
    case "due":
      return status.days === 1 ? deadline.dueInOne : format(deadline.dueIn, { days: status.days });
    case "overdue":
      return deadline.overdue;
  }
}

/** The company's people; on a phone each person is a stacked card, on a wide screen a table row. */
export function PeopleTable({ people, ownerId, copy, roles, locale }: {
  people: PersonRow[];
  ownerId: string;
  copy: Messages["employees"]["list"];
  roles: Messages["account"]["roles"];
  locale: string;
}) {
  // The status words come with the deadline (issue 14), in the same language as the rest of the table.
  const statusCopy = messages(locale).mfaDeadline.status;
  return (
    <table className="w-full text-left text-sm">
      <thead className="hidden border-b border-slate-200 text-slate-600 md:table-header-group">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">{copy.name}</th>
          <th scope="col" className="py-2 pr-4 font-medium">{copy.role}</th>
          <th scope="col" className="py-2 pr-4 font-medium">{copy.mfa}</th>
          <th scope="col" className="py-2 pr-4 font-medium">{copy.lastLogin}</th>
          <th scope="col" className="py-2 font-medium">{copy.actions}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {people.map((person) => (
          <tr key={person.id} className="flex flex-col gap-1 py-3 md:table-row md:py-0">
            <td className="md:py-3 md:pr-4">
              <span className="font-medium">{person.name}</span> {person.id === ownerId ? <span className="text-slate-500">{copy.you}</span> : null}
              <span className="block [overflow-wrap:anywhere] text-slate-600">{person.email}</span>
            </td>
            <td className="md:py-3 md:pr-4">{person.role === "OWNER" ? roles.OWNER : roles.EMPLOYEE}</td>
            <td className="md:py-3 md:pr-4">
              <span className={statusTone[person.mfaStatus.kind]}>{statusText(person.mfaStatus, copy, statusCopy)}</span>
            </td>
            <td className="text-slate-700 md:py-3 md:pr-4">
              {person.lastLoginAt ? formatDateTime(person.lastLoginAt, locale) : copy.never}
            </td>
            <td className="md:py-3">
              {person.role === "EMPLOYEE" ? <PersonActions employee={person} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
