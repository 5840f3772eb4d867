"use client";

import { useState, type ReactNode } from "react";
import { registerAction } from "@/lib/actions/sign-up";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { Alert } from "@/components/ui/alert";
import { CheckEmail } from "./check-email";

/** `links`: rendered by the server page, see components/auth/auth-links.tsx. */
export function RegisterForm({ links }: { links: ReactNode }) {
  const copy = useMessages().auth.register;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/auth").then((m) => m.registerSchema),
    action: registerAction,
    defaultValues: { companyName: "", name: "", email: "", password: "" },
    // The same answer for every address: whether it has an account is said only by mail.
    onSuccess: () => setSentTo(form.getValues("email")),
  });
  if (sentTo) return <CheckEmail email={sentTo} onAgain={() => setSentTo(null)} />;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label={copy.companyName} autoComplete="organization" autoFocus error={fieldError("companyName")} {...form.register("companyName")} />
      <TextField label={copy.name} autoComplete="name" error={fieldError("name")} {...form.register("name")} />
      <TextField label={copy.email} type="email" inputMode="email" autoComplete="email" error={fieldError("email")} {...form.register("email")} />
      <NewPasswordField
        label={copy.password}
        mfaEnabled={false}
        error={fieldError("password")}
        {...form.register("password")}
      />
      <Button type="submit" pending={pending} pendingLabel={copy.pending}>
        {copy.submit}
      </Button>
      {links}
    </form>
  );
}
