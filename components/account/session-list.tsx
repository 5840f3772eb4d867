import { format, type Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { deviceName } from "@/lib/session/device-label";
import type { ActiveSession } from "@/lib/session/sign-in-sessions";
import { EndSessionButton } from "./end-session-button";

/** The browsers signed in to this account; every other one can be ended here. */
export function SessionList({ sessions, currentId, copy, locale }: {
  sessions: ActiveSession[];
  currentId: string;
  copy: Messages["account"]["sessions"];
  locale: string;
}) {
  return (
    <ul className="divide-y divide-slate-200" aria-label={copy.title}>
      {sessions.map((session) => {
        const name = deviceName(session.userAgent, copy);
        return (
          <li key={session.id} className="flex flex-col gap-2 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-medium text-slate-900">
                {name}
                {session.id === currentId ? (
                  <span className="ml-2 rounded bg-teal-50 px-1.5 py-0.5 text-xs font-semibold text-teal-800">{copy.thisBrowser}</span>
                ) : null}
              </p>
              <p className="text-slate-600">
                {format(copy.since, { when: formatDateTime(session.createdAt, locale) })}
                {session.ipAddress ? ` ${format(copy.from, { ip: session.ipAddress })}` : null}
              </p>
            </div>
            {session.id === currentId ? null : <EndSessionButton sessionId={session.id} label={`${copy.end}: ${name}`} />}
          </li>
        );
      })}
    </ul>
  );
}
