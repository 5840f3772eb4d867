"use client";

import { resetPasswordAction } from "@/lib/actions/password-reset";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/forms/new-password-field";

export function ResetPasswordForm({ token, email, mfaEnabled }: { token: string; email: string; mfaEnabled: boolean }) {
  const copy = useMessages().reset;
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/recovery").then((m) => m.resetPasswordSchema(mfaEnabled)),
    action: resetPasswordAction,
    defaultValues: { token, password: "" },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordField
        label={copy.password}
        mfaEnabled={mfaEnabled}
        autoFocus
        error={fieldError("password")}
        {...form.register("password")}
      />
      <Button type="submit" pending={pending} pendingLabel={copy.saving}>
        {copy.save}
      </Button>
    </form>
  );
}
