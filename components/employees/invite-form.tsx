"use client";

import { useState } from "react";
import { inviteAction } from "@/lib/actions/employees";
import { format } from "@/lib/i18n";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function InviteForm() {
  const copy = useMessages().employees.invite;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/company").then((m) => m.inviteSchema),
    action: inviteAction,
    defaultValues: { email: "" },
    onSuccess: () => {
      setSentTo(form.getValues("email").trim().toLowerCase());
      form.reset();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={copy.title} className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {sentTo ? <Alert tone="success">{format(copy.sent, { email: sentTo })}</Alert> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          label={copy.email}
          type="email"
          inputMode="email"
          autoComplete="off"
          className="sm:w-80"
          error={fieldError("email")}
          {...form.register("email")}
        />
        <Button type="submit" pending={pending} pendingLabel={copy.pending} className="sm:mt-7">
          {copy.submit}
        </Button>
      </div>
    </form>
  );
}
