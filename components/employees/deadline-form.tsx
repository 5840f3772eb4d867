"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { changeDeadlineAction } from "@/lib/actions/employees";
import { format } from "@/lib/i18n";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";
import { Button } from "@/components/ui/button";
import { GraceChoice } from "./grace-choice";

type Choice = "7" | "14" | "30" | "date";
const choices: Choice[] = ["7", "14", "30", "date"];

/**
 * While MFA is required: move the deadline (7, 14 or 30 days from now, or to a date) or
 * make it immediate. The server checks the period and the date (lib/company/mfa-deadline.ts)
 * and its error is said beside the button; "immediate" asks once more, as the switch does.
 */
export function DeadlineForm({ hasDeadline }: { hasDeadline: boolean }) {
  const messages = useMessages();
  const copy = messages.mfaDeadline.move;
  const router = useRouter();
  const dateId = useId();
  const [choice, setChoice] = useState<Choice>("14");
  const [date, setDate] = useState("");
  const [confirmingImmediate, setConfirmingImmediate] = useState(false);
  const [immediateDone, setImmediateDone] = useState(false);
  const immediateId = useId();
  // The confirmation disappears once used: focus goes back to the button that opened it (WCAG 2.4.3).
  const closeImmediate = () => {
    setConfirmingImmediate(false);
    document.getElementById(immediateId)?.focus();
  };
  return (
    <div className="flex flex-col gap-3 border-t border-slate-200 pt-4">
      <h3 className="font-semibold">{copy.title}</h3>
      <GraceChoice
        legend={copy.legend}
        name="mfa-deadline"
        value={choice}
        onChange={setChoice}
        options={choices.map((value) => ({ value, label: value === "date" ? copy.date : format(copy.days, { days: value }) }))}
      />
      {choice === "date" ? (
        <label htmlFor={dateId} className="flex flex-col gap-1.5 text-sm font-medium sm:w-64">
          {copy.dateLabel}
          <input
            id={dateId}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            className="min-h-11 rounded-md border border-slate-300 px-3 text-base font-normal"
          />
        </label>
      ) : null}
      <div>
        <ActionButton
          run={() => changeDeadlineAction(choice === "date" ? { kind: "date", date } : { kind: "days", days: Number(choice) })}
          label={copy.submit}
          pendingLabel={copy.pending}
          success={() => copy.saved}
          onDone={() => router.refresh()}
        />
      </div>
      {immediateDone ? (
        <p role="status" className="text-sm font-medium text-emerald-800">
          {copy.immediateDone}
        </p>
      ) : null}
      {hasDeadline ? (
        <div className="flex flex-col gap-2">
          <div>
            <Button id={immediateId} type="button" variant="secondary" aria-expanded={confirmingImmediate} onClick={() => setConfirmingImmediate(true)}>
              {copy.immediate}
            </Button>
          </div>
          {confirmingImmediate ? (
            <div className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3">
              <p className="text-sm">{copy.immediateWarning}</p>
              <div className="flex flex-wrap items-center gap-2">
                <ActionButton
                  run={() => changeDeadlineAction({ kind: "immediate" })}
                  label={copy.immediateConfirm}
                  pendingLabel={copy.immediatePending}
                  variant="danger"
                  onDone={() => {
                    closeImmediate();
                    setImmediateDone(true);
                    router.refresh();
                  }}
                />
                <Button type="button" variant="link" onClick={closeImmediate}>
                  {messages.employees.policy.cancel}
                </Button>
              </div>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
