"use client";

import { useEffect, useRef } from "react";
import { format } from "@/lib/i18n";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";

/** After "Account aanmaken": where to look next. Focus moves here so a screen reader says it. */
export function CheckEmail({ email, onAgain }: { email: string; onAgain: () => void }) {
  const copy = useMessages().signUp.checkEmail;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="status" className="flex flex-col gap-3">
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none">
        {copy.title}
      </h2>
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
