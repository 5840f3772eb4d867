"use client";

import { acceptInvitationAction } from "@/app/(auth)/invite/[token]/actions";
import { acceptInvitationSchema } from "@/lib/validation/company";
import { passwordMinLength } from "@/lib/passwords/length";
import { format } from "@/lib/i18n";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const messages = useMessages();
  const copy = messages.invite;
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: acceptInvitationSchema,
    action: acceptInvitationAction,
    defaultValues: { token, name: "", password: "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label={copy.name} autoComplete="name" autoFocus error={fieldError("name")} {...form.register("name")} />
      <TextField
        label={copy.password}
        type="password"
        autoComplete="new-password"
        hint={format(messages.password.hint, { min: passwordMinLength(false) })}
        error={fieldError("password")}
        {...form.register("password")}
      />
      <Button type="submit" pending={pending} pendingLabel={copy.pending}>
        {copy.submit}
      </Button>
    </form>
  );
}
