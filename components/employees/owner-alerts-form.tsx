"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { setOwnerAlertsAction } from "@/lib/actions/employees";
import type { OwnerAlertKind, OwnerAlertSettings } from "@/lib/company/owner-alerts";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";

// Order on the page; the same keys as the settings (lib/company/owner-alerts.ts), which is
// a server module, so its list is not imported into this client bundle.
const kinds: OwnerAlertKind[] = ["recoveryLogin", "mfaDisabled", "authenticatorReplaced", "secondFactorLocked"];

/** Four checkboxes and one save: nothing changes until the owner saves. */
export function OwnerAlertsForm({ settings }: { settings: OwnerAlertSettings }) {
  const copy = useMessages().employees.alerts;
  const router = useRouter();
  const [values, setValues] = useState<OwnerAlertSettings>(settings);
  return (
    <div className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{copy.title}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="flex min-h-11 items-center gap-3 text-sm">
            <input
              type="checkbox"
              name={kind}
              checked={values[kind]}
              onChange={(event) => setValues({ ...values, [kind]: event.target.checked })}
              className="size-5 shrink-0 accent-teal-700"
            />
            {copy[kind]}
          </label>
        ))}
      </fieldset>
      <div>
        <ActionButton
          run={() => setOwnerAlertsAction(values)}
          label={copy.save}
          pendingLabel={copy.pending}
          success={() => copy.saved}
          onDone={() => router.refresh()}
        />
      </div>
    </div>
  );
}
