"use client";

import { useState, type ReactNode } from "react";
import { forgotPasswordAction } from "@/lib/actions/password-reset";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { StepHeading } from "@/components/ui/step-heading";

/** The two "back to login" links: rendered by the server page, see components/auth/auth-links.tsx. */
export function ForgotPasswordForm({ backLink, doneLink }: { backLink: ReactNode; doneLink: ReactNode }) {
  const catalogue = useMessages();
  const copy = catalogue.reset;
  const [requested, setRequested] = useState(false);
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/recovery").then((m) => m.forgotPasswordSchema),
    action: forgotPasswordAction,
    defaultValues: { email: "" },
    onSuccess: () => setRequested(true),
  });
  if (requested) {
    return (
      <div className="flex flex-col gap-4">
        {/* The form is gone: focus to this step's heading, not lost to the page. */}
        <StepHeading level={2} className="text-lg font-semibold text-slate-900">
          {catalogue.signUp.checkEmail.title}
        </StepHeading>
        <Alert tone="success">{copy.requested}</Alert>
        {doneLink}
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
      {backLink}
    </form>
  );
}
