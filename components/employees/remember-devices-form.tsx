"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { setRememberDevicesAction } from "@/lib/actions/employees";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";

/** One checkbox and a save: nothing changes (and no remembered browser is voided) until the owner saves. */
export function RememberDevicesForm({ allowed }: { allowed: boolean }) {
  const copy = useMessages().rememberedDevices.policy;
  const router = useRouter();
  const [value, setValue] = useState(allowed);
  return (
    <div className="flex flex-col gap-3">
      <label className="flex min-h-11 items-center gap-3 text-sm">
        <input
          type="checkbox"
          name="rememberDevicesAllowed"
          checked={value}
          onChange={(event) => setValue(event.target.checked)}
          className="size-5 shrink-0 accent-teal-700"
        />
        {copy.label}
      </label>
      <div>
        <ActionButton
          run={() => setRememberDevicesAction({ allowed: value })}
          label={copy.save}
          pendingLabel={copy.pending}
          success={() => copy.saved}
          onDone={() => router.refresh()}
        />
      </div>
    </div>
  );
}
