"use client";

import { format } from "@/lib/i18n";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";
import { StepHeading } from "@/components/ui/step-heading";

/** After "Account aanmaken": where to look next. Its heading takes the focus (StepHeading), so a screen reader says it. */
export function CheckEmail({ email, onAgain }: { email: string; onAgain: () => void }) {
  const copy = useMessages().signUp.checkEmail;
  return (
    <div role="status" className="flex flex-col gap-3">
      <StepHeading level={2} className="text-lg font-semibold text-slate-900">
        {copy.title}
      </StepHeading>
      <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">{format(copy.text, { email })}</p>
      <p className="text-sm text-slate-600">{copy.noMail}</p>
      <div>
        <Button type="button" variant="secondary" onClick={onAgain}>
          {copy.again}
        </Button>
      </div>
    </div>
  );
}
