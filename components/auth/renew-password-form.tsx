"use client";

import { renewPasswordAction } from "@/lib/actions/sign-in";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/forms/new-password-field";

export function RenewPasswordForm({ email, callbackUrl }: { email: string; callbackUrl: string }) {
  const copy = useMessages().auth.renewPassword;
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/auth").then((m) => m.renewPasswordSchema),
    action: renewPasswordAction,
    navigateTo: ({ redirectTo }) => redirectTo,
    defaultValues: { password: "", callbackUrl },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {/* Lets a password manager store the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordField label={copy.password} mfaEnabled={false} autoFocus error={fieldError("password")} {...form.register("password")} />
      <Button type="submit" pending={pending} pendingLabel={copy.pending}>
        {copy.submit}
      </Button>
    </form>
  );
}
