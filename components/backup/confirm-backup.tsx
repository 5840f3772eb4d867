"use client";

import { confirmBackupEmailAction } from "@/lib/actions/backup";
import { useMessages } from "@/components/i18n/messages-provider";
import { ConfirmTokenButton } from "@/components/auth/confirm-token-button";

export function ConfirmBackup({ token }: { token: string }) {
  const copy = useMessages().backup;
  return (
    <ConfirmTokenButton
      run={() => confirmBackupEmailAction({ token })}
      label={copy.confirm}
      pendingLabel={copy.confirming}
      doneText={copy.confirmed}
    />
  );
}
