"use client";

import { useState } from "react";
import { requestLoginLinkAction } from "@/lib/actions/sign-in";
import { format } from "@/lib/i18n";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";
import { Alert } from "@/components/ui/alert";

/** Offered at the second step when the user has a confirmed backup address. */
export function LoginLinkOffer({ maskedAddress }: { maskedAddress: string }) {
  const copy = useMessages().link;
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <section aria-labelledby="link-offer-title" className="mt-6 flex flex-col gap-3 border-t border-slate-200 pt-5">
      <h2 id="link-offer-title" className="font-semibold">
        {copy.offerTitle}
      </h2>
      <p className="text-sm text-slate-700">{copy.offerText}</p>
      {sentTo ? <Alert tone="success">{format(copy.sent, { address: sentTo })}</Alert> : null}
      <div>
        <ActionButton
          run={() => requestLoginLinkAction({})}
          label={format(copy.send, { address: maskedAddress })}
          pendingLabel={copy.sending}
          onDone={(data) => setSentTo(data.sentTo)}
        />
      </div>
    </section>
  );
}
