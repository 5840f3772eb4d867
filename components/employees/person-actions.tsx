"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { endEmployeeSessionsAction, removeEmployeeAction, resetMfaAction } from "@/lib/actions/employees";
import { format } from "@/lib/i18n";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionButton } from "@/components/forms/action-button";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** Per employee: reset their MFA (with the owner's own code), sign them out everywhere, or remove them (after a confirmation). */
export function PersonActions({ employee }: { employee: { id: string; name: string; mfaEnabled: boolean } }) {
  const copy = useMessages().employees;
  const router = useRouter();
  const [open, setOpen] = useState<"reset" | "remove" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/company").then((m) => m.resetMfaSchema),
    action: resetMfaAction,
    defaultValues: { employeeId: employee.id, ownerFactor: "" },
    onSuccess: () => {
      setOpen(null);
      setNotice(format(copy.reset.done, { name: employee.name }));
      router.refresh();
    },
  });

  return (
    <div className="flex flex-col gap-2">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {employee.mfaEnabled ? (
          <Button type="button" variant="secondary" aria-expanded={open === "reset"} onClick={() => setOpen(open === "reset" ? null : "reset")}>
            {copy.reset.button}
          </Button>
        ) : null}
        <ActionButton
          run={() => endEmployeeSessionsAction({ employeeId: employee.id })}
          label={copy.sessions.button}
          pendingLabel={copy.sessions.pending}
          success={() => format(copy.sessions.done, { name: employee.name })}
        />
        <Button type="button" variant="secondary" aria-expanded={open === "remove"} onClick={() => setOpen(open === "remove" ? null : "remove")}>
          {copy.remove.button}
        </Button>
      </div>
      {open === "reset" ? (
        <form method="post" onSubmit={onSubmit} noValidate aria-label={format(copy.reset.title, { name: employee.name })} className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
          <p className="text-sm text-slate-700">{format(copy.reset.text, { name: employee.name })}</p>
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <TextField label={copy.reset.factor} autoComplete="one-time-code" spellCheck={false} error={fieldError("ownerFactor")} {...form.register("ownerFactor")} />
          <div>
            <Button type="submit" variant="danger" pending={pending} pendingLabel={copy.reset.pending}>
              {copy.reset.submit}
            </Button>
          </div>
        </form>
      ) : null}
      {open === "remove" ? (
        <div className="flex flex-col gap-2 rounded-md border border-red-200 bg-red-50 p-3">
          <p className="text-sm text-red-900">{format(copy.remove.confirm, { name: employee.name })}</p>
          <div>
            <ActionButton
              run={() => removeEmployeeAction({ employeeId: employee.id })}
              label={copy.remove.submit}
              pendingLabel={copy.remove.pending}
              variant="danger"
              onDone={() => router.refresh()}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
