"use client";

import { acceptInvitationAction } from "@/lib/actions/sign-up";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { NewPasswordField } from "@/components/forms/new-password-field";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const copy = useMessages().invite;
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/company").then((m) => m.acceptInvitationSchema),
    action: acceptInvitationAction,
    defaultValues: { token, name: "", password: "" },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label={copy.name} autoComplete="name" autoFocus error={fieldError("name")} {...form.register("name")} />
      <NewPasswordField
        label={copy.password}
        mfaEnabled={false}
        error={fieldError("password")}
        {...form.register("password")}
      />
      <Button type="submit" pending={pending} pendingLabel={copy.pending}>
        {copy.submit}
      </Button>
    </form>
  );
}
