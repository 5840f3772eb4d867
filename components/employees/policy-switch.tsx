"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { setPolicyAction } from "@/lib/actions/employees";
import { format } from "@/lib/i18n";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";
import { Button } from "@/components/ui/button";
import { GraceChoice } from "./grace-choice";

type Period = "direct" | "7" | "14" | "30";
const periods: Period[] = ["direct", "7", "14", "30"];

/**
 * The company's MFA policy as a switch. Turning it either way asks for confirmation
 * first, showing how many employees it affects; turning it on also asks by when
 * (direct, or 7, 14 or 30 days: issue 14). `deadline` is the company's deadline, already
 * written out, while one runs.
 */
export function PolicySwitch({ required, employeesWithoutMfa, hasEmployees, deadline }: {
  required: boolean;
  employeesWithoutMfa: number;
  hasEmployees: boolean;
  deadline: string | null;
}) {
  const messages = useMessages();
  const copy = messages.employees.policy;
  const periodCopy = messages.mfaDeadline;
  const [period, setPeriod] = useState<Period>("direct");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [changed, setChanged] = useState<string | null>(null);
  // The confirmation buttons disappear once used: focus goes back to the switch, not to the
  // top of the page, so a keyboard user carries on where they were (WCAG 2.4.3).
  const switchRef = useRef<HTMLButtonElement>(null);
  const closeConfirmation = () => {
    setConfirming(false);
    switchRef.current?.focus();
  };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-4">
        <span id="policy-label" className="font-medium">
          {copy.label}
        </span>
        <button
          ref={switchRef}
          type="button"
          role="switch"
          aria-checked={required}
          aria-labelledby="policy-label"
          onClick={() => setConfirming(true)}
          className={`relative inline-flex h-7 w-12 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 ${
            required ? "bg-teal-700" : "bg-slate-300"
          }`}
        >
          <span className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${required ? "translate-x-6" : "translate-x-1"}`} />
        </button>
      </div>
      {changed ? (
        <p role="status" className="text-sm font-medium text-emerald-800">
          {changed}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">{!required ? copy.offText : deadline ? format(periodCopy.current.until, { date: deadline }) : copy.onText}</p>
      <p className="text-sm text-slate-700">
        {!hasEmployees
          ? copy.noEmployees
          : employeesWithoutMfa === 0
            ? copy.allSet
            : format(required && deadline ? periodCopy.current.withoutMfa : copy.withoutMfa, { count: employeesWithoutMfa })}
      </p>
      {confirming ? (
        <div className="flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50 p-3">
          {required ? null : (
            <GraceChoice
              legend={periodCopy.choose.legend}
              name="mfa-period"
              value={period}
              onChange={setPeriod}
              options={periods.map((value) => ({
                value,
                label: value === "direct" ? periodCopy.choose.direct : format(periodCopy.choose.days, { days: value }),
              }))}
              hint={period === "direct" ? periodCopy.choose.directHint : periodCopy.choose.daysHint}
            />
          )}
          <div className="flex flex-wrap items-center gap-2">
            <ActionButton
              run={() => setPolicyAction({ required: !required, graceDays: required || period === "direct" ? null : Number(period) })}
              label={required ? copy.confirmOff : copy.confirmOn}
              pendingLabel={copy.pending}
              variant="primary"
              onDone={() => {
                closeConfirmation();
                setChanged(required ? copy.changedOff : copy.changedOn);
                router.refresh();
              }}
            />
            <Button type="button" variant="link" onClick={closeConfirmation}>
              {copy.cancel}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
