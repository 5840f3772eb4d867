import type { Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { activityType } from "@/lib/activity/events";

export type ActivityRow = { id: string; type: string; createdAt: Date; ipAddress: string | null; who?: string };

/** A table on wide screens, stacked rows on a phone; newest first as given. */
export function ActivityList({ rows, copy, locale }: { rows: ActivityRow[]; copy: Messages["account"]["activity"]; locale: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{copy.empty}</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label={copy.title}>
      {rows.map((row) => {
        const known = activityType.safeParse(row.type);
        return (
          <li key={row.id} className="flex flex-col gap-0.5 py-2.5 text-sm sm:flex-row sm:items-baseline sm:gap-4">
            <span className="font-medium text-slate-900 sm:flex-1">
              {known.success ? copy.types[known.data] : row.type}
              {row.who ? <span className="font-normal text-slate-600"> — {row.who}</span> : null}
            </span>
            <time dateTime={row.createdAt.toISOString()} className="text-slate-600">
              {formatDateTime(row.createdAt, locale)}
            </time>
            {row.ipAddress ? <span className="text-slate-500 sm:w-32 sm:text-right">{row.ipAddress}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
