"use client";

import { changePasswordAction } from "@/lib/actions/account";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { Alert } from "@/components/ui/alert";

export function ChangePasswordForm({ mfaEnabled, email }: { mfaEnabled: boolean; email: string }) {
  const copy = useMessages().account.password;
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/auth").then((m) => m.changePasswordSchema(mfaEnabled)),
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label={copy.current} type="password" autoComplete="current-password" error={fieldError("currentPassword")} {...form.register("currentPassword")} />
      <NewPasswordField
        label={copy.next}
        mfaEnabled={mfaEnabled}
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
