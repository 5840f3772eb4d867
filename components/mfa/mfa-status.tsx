import Link from "next/link";
import type { Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { REPLACE_AUTHENTICATOR_HREF } from "@/lib/session/route-decision";

/** The MFA part of "Mijn login": state, remaining codes, and the way in or out. */
export function MfaStatus({ enabledAt, remaining, locale, copy }: {
  enabledAt: Date | null;
  remaining: number;
  locale: string;
  copy: Messages["mfa"]["status"];
}) {
  const linkClass =
    "inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700";
  if (!enabledAt) {
    return (
      <div className="flex flex-col gap-3">
        <p className="font-medium text-amber-800">{copy.off}</p>
        <p className="text-sm text-slate-700">{copy.offIntro}</p>
        <div>
          <Link href="/mfa/setup" className={`${linkClass} bg-teal-700 text-white hover:bg-teal-800`}>
            {copy.enable}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="font-medium text-emerald-800">{format(copy.on, { date: formatDateTime(enabledAt, locale, "long") })}</p>
      <p className="text-sm text-slate-700">{remaining > 0 ? format(copy.remaining, { count: remaining }) : copy.remainingNone}</p>
      <p className="text-sm text-slate-700">{copy.replaceHint}</p>
      <div>
        <Link href={REPLACE_AUTHENTICATOR_HREF} className={`${linkClass} text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50`}>
          {copy.replace}
        </Link>
      </div>
    </div>
  );
}
