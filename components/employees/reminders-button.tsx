"use client";

import { sendRemindersAction } from "@/lib/actions/employees";
import { format } from "@/lib/i18n";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";

export function RemindersButton() {
  const copy = useMessages().employees.reminders;
  return (
    <ActionButton
      run={() => sendRemindersAction({})}
      label={copy.button}
      pendingLabel={copy.pending}
      success={(sent) => (sent > 0 ? format(copy.sent, { count: sent }) : copy.none)}
    />
  );
}
