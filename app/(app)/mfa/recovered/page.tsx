import { titled } from "@/lib/i18n/page-title";
import Link from "next/link";
import { AppPage } from "@/components/layout/app-page";
import { requireUser } from "@/lib/session/guards";
import { REPLACE_AUTHENTICATOR_HREF } from "@/lib/session/route-decision";
import { format, messages } from "@/lib/i18n";
import { remainingRecoveryCodes } from "@/lib/mfa/recovery-store";
import { mfaDisableRule } from "@/lib/mfa/manage";
import { Card } from "@/components/ui/card";
import { StepHeading } from "@/components/ui/step-heading";
import { MfaManagement } from "@/components/mfa/mfa-management";

export const generateMetadata = titled((m) => m.mfa.recovered.pageTitle);

/** Where a sign-in with a recovery code lands: how many are left, and the way to a new phone. */
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RecoveredPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const viaLink = (await searchParams).via === "email";
  const copy = messages(user.locale).mfa.recovered;
  const remaining = await remainingRecoveryCodes(user.id);
  return (
    <AppPage user={user} page="mfa">
      {/* The sign-in's last step, reached by client navigation: the focus goes to this heading. */}
      <StepHeading className="text-2xl font-semibold tracking-tight">{viaLink ? copy.titleEmail : copy.title}</StepHeading>
      <Card>
        <p className="font-medium">{remaining > 0 ? format(copy.remaining, { count: remaining }) : copy.remainingNone}</p>
        <p className="mt-2 text-sm text-slate-700">{copy.next}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href={REPLACE_AUTHENTICATOR_HREF} className="inline-flex min-h-11 items-center rounded-md bg-teal-700 px-4 text-sm font-semibold text-white hover:bg-teal-800">
            {copy.newPhone}
          </Link>
          <Link href="/dashboard" className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50">
            {copy.toDashboard}
          </Link>
        </div>
      </Card>
      {user.mfaEnabledAt ? <MfaManagement user={{ email: user.email, ...mfaDisableRule(user) }} headingLevel={2} /> : null}
    </AppPage>
  );
}
