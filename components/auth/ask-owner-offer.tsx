"use client";

import { useState } from "react";
import { askOwnerAction } from "@/lib/actions/sign-in";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";
import { Alert } from "@/components/ui/alert";

/** Offered at the second step to employees only: an owner has nobody to ask. */
export function AskOwnerOffer() {
  const copy = useMessages().link;
  const [asked, setAsked] = useState(false);
  return (
    <section aria-labelledby="ask-owner-title" className="mt-6 flex flex-col gap-3 border-t border-slate-200 pt-5">
      <h2 id="ask-owner-title" className="font-semibold">
        {copy.askOwnerTitle}
      </h2>
      <p className="text-sm text-slate-700">{copy.askOwnerText}</p>
      {asked ? <Alert tone="success">{copy.askOwnerSent}</Alert> : null}
      <div>
        <ActionButton run={() => askOwnerAction({})} label={copy.askOwner} pendingLabel={copy.askOwnerSending} onDone={() => setAsked(true)} />
      </div>
    </section>
  );
}
