"use client";

import { useState } from "react";
import Link from "next/link";
import { forgotPasswordAction } from "@/lib/actions/password-reset";
import { forgotPasswordSchema } from "@/lib/validation/recovery";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function ForgotPasswordForm() {
  const copy = useMessages().reset;
  const [requested, setRequested] = useState(false);
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: forgotPasswordSchema,
    action: forgotPasswordAction,
    defaultValues: { email: "" },
    onSuccess: () => setRequested(true),
  });
  if (requested) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{copy.requested}</Alert>
        <Link href="/login" className="text-sm font-medium text-teal-800 underline underline-offset-2">
          {copy.backToLogin}
        </Link>
      </div>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label={copy.email} type="email" inputMode="email" autoComplete="username" autoFocus error={fieldError("email")} {...form.register("email")} />
      <Button type="submit" pending={pending} pendingLabel={copy.pending}>
        {copy.submit}
      </Button>
      <Link href="/login" className="text-sm text-slate-600 underline underline-offset-2">
        {copy.backToLogin}
      </Link>
    </form>
  );
}
