import Link from "next/link";
import { headers } from "next/headers";
import type { CurrentUser } from "@/lib/session/load-user";
import { format, messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { now } from "@/lib/clock";
import { daysLeft } from "@/lib/session/enrolment-rule";
import { ENROLMENT_PATH } from "@/lib/session/route-decision";

/**
 * Mandatory MFA with a deadline (issue 14): an employee without MFA who may still work
 * sees, on every signed-in page, how long that lasts and the way to set it up. Nobody else
 * does: the forced are on the setup page already (mfaDueAt is null for them), and the
 * setup page itself needs no link to itself.
 */
export async function MfaDeadlineBanner({ user }: { user: CurrentUser }) {
  if (!user.mfaDueAt) return null;
  // The path as the proxy saw it (as the guards read it): on the setup page the banner would link to itself.
  const path = (await headers()).get("x-tweestap-path") ?? "";
  if (path.split("?")[0] === ENROLMENT_PATH) return null;
  const copy = messages(user.locale).mfaDeadline.banner;
  const days = daysLeft(user.mfaDueAt, now());
  const date = formatDateTime(user.mfaDueAt, user.locale, "long");
  return (
    <section aria-label={copy.label} className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 sm:flex-row sm:items-center sm:justify-between">
      <p>{format(days === 1 ? copy.textOne : copy.text, { days, date })}</p>
      <Link
        href={ENROLMENT_PATH}
        className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      >
        {copy.action}
      </Link>
    </section>
  );
}
