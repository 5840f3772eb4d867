"use client";

import { changePasswordAction } from "@/app/(app)/account/actions";
import { changePasswordSchema } from "@/lib/validation/auth";
import { passwordMinLength } from "@/lib/passwords/length";
import { format } from "@/lib/i18n";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { Alert } from "@/components/ui/alert";

export function ChangePasswordForm({ mfaEnabled, email }: { mfaEnabled: boolean; email: string }) {
  const messages = useMessages();
  const copy = messages.account.password;
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: changePasswordSchema(mfaEnabled),
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label={copy.current} type="password" autoComplete="current-password" error={fieldError("currentPassword")} {...form.register("currentPassword")} />
      <TextField
        label={copy.next}
        type="password"
        autoComplete="new-password"
        hint={format(messages.password.hint, { min: passwordMinLength(mfaEnabled) })}
        error={fieldError("newPassword")}
        {...form.register("newPassword")}
      />
      <div>
        <Button type="submit" pending={pending} pendingLabel={copy.pending}>
          {copy.submit}
        </Button>
      </div>
    </form>
  );
}
