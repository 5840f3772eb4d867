"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { requestBackupEmailAction, removeBackupEmailAction } from "@/lib/actions/backup";
import { format } from "@/lib/i18n";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { StepHeading } from "@/components/ui/step-heading";

type Notice = { kind: "sent" | "removed"; text: string };

/** Enter a backup address (with proof it is you), or remove the current one. */
export function BackupEmailForm({ mfaEnabled, hasBackup }: { mfaEnabled: boolean; hasBackup: boolean }) {
  const catalogue = useMessages();
  const copy = catalogue.backup;
  const router = useRouter();
  const [notice, setNotice] = useState<Notice | null>(null);
  const proofLabel = mfaEnabled ? copy.proofFactor : copy.proofPassword;
  const proofType = mfaEnabled ? "text" : "password";
  const request = useActionForm({
    schema: () => import("@/lib/validation/recovery").then((m) => m.backupEmailSchema),
    action: requestBackupEmailAction,
    defaultValues: { email: "", proof: "" },
    onSuccess: ({ sentTo }) => {
      request.form.reset();
      setNotice({ kind: "sent", text: format(copy.sent, { address: sentTo }) });
      router.refresh();
    },
  });
  const remove = useActionForm({
    schema: () => import("@/lib/validation/recovery").then((m) => m.proofSchema),
    action: removeBackupEmailAction,
    defaultValues: { proof: "" },
    onSuccess: () => {
      remove.form.reset();
      setNotice({ kind: "removed", text: copy.removed });
      router.refresh();
    },
  });
  return (
    <div className="flex flex-col gap-6">
      {/*
        Saved: the next step is in the mailbox. Its heading takes the focus (keyed by the text,
        so a second address sent moves it there again); a removal is only announced.
      */}
      {notice?.kind === "sent" ? (
        <div key={notice.text} className="flex flex-col gap-3">
          <StepHeading level={2} className="text-lg font-semibold text-slate-900">
            {catalogue.signUp.checkEmail.title}
          </StepHeading>
          <Alert tone="success">{notice.text}</Alert>
        </div>
      ) : null}
      {notice?.kind === "removed" ? <Alert tone="success">{notice.text}</Alert> : null}
      <form method="post" onSubmit={request.onSubmit} noValidate aria-label={copy.title} className="flex max-w-md flex-col gap-4">
        {request.formError ? <Alert tone="error">{request.formError}</Alert> : null}
        <TextField label={copy.email} type="email" inputMode="email" autoComplete="email" error={request.fieldError("email")} {...request.form.register("email")} />
        <TextField
          label={proofLabel}
          hint={copy.proofHint}
          type={proofType}
          autoComplete={mfaEnabled ? "one-time-code" : "current-password"}
          error={request.fieldError("proof")}
          {...request.form.register("proof")}
        />
        <div>
          <Button type="submit" pending={request.pending} pendingLabel={copy.pendingSubmit}>
            {copy.submit}
          </Button>
        </div>
      </form>
      {hasBackup ? (
        <form method="post" onSubmit={remove.onSubmit} noValidate aria-label={copy.remove} className="flex max-w-md flex-col gap-4 border-t border-slate-200 pt-5">
          {remove.formError ? <Alert tone="error">{remove.formError}</Alert> : null}
          <TextField
            id="remove-proof"
            label={proofLabel}
            type={proofType}
            autoComplete={mfaEnabled ? "one-time-code" : "current-password"}
            error={remove.fieldError("proof")}
            {...remove.form.register("proof")}
          />
          <div>
            <Button type="submit" variant="secondary" pending={remove.pending} pendingLabel={copy.removePending}>
              {copy.remove}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
