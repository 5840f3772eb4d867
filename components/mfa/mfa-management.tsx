"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { disableMfaAction, regenerateCodesAction } from "@/lib/actions/mfa";
import { useMessages } from "@/components/i18n/messages-provider";
import { RecoveryCodesPanel } from "./recovery-codes-panel";
import { FactorActionForm } from "./factor-action-form";
import type { DisableRule } from "@/lib/mfa/manage";

/** New recovery codes and switching MFA off, each behind a current code. */
export function MfaManagement({ user, headingLevel = 3 }: { user: { email: string } & DisableRule; headingLevel?: 2 | 3 }) {
  const copy = useMessages().mfa;
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) {
    return (
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <RecoveryCodesPanel
          codes={codes}
          email={user.email}
          onDone={() => {
            setCodes(null);
            router.refresh();
          }}
        />
      </section>
    );
  }
  return (
    <section className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <FactorActionForm
        idPrefix="regenerate"
        headingLevel={headingLevel}
        title={copy.manage.regenerateTitle}
        text={copy.manage.regenerateText}
        submit={copy.manage.regenerate}
        pendingLabel={copy.manage.regeneratePending}
        action={regenerateCodesAction}
        onSuccess={setCodes}
      />
      <hr className="border-slate-200" />
      {user.canDisable ? (
        <FactorActionForm
          idPrefix="disable"
          headingLevel={headingLevel}
          title={copy.manage.disableTitle}
          text={copy.manage.disableText}
          submit={copy.manage.disable}
          pendingLabel={copy.manage.disablePending}
          variant="danger"
          action={disableMfaAction}
          onSuccess={() => {
            // The page then shows MFA as off; the notice says why.
            router.push("/account?notice=mfaDisabled");
            router.refresh();
          }}
        />
      ) : (
        <p className="text-sm text-slate-700">{copy.status[user.reason]}</p>
      )}
    </section>
  );
}
