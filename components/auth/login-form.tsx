"use client";

import Link from "next/link";
import { loginAction } from "@/lib/actions/sign-in";
import { loginSchema } from "@/lib/validation/auth";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { Alert } from "@/components/ui/alert";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const messages = useMessages();
  const copy = messages.auth.login;
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: loginSchema,
    action: loginAction,
    defaultValues: { email: "", password: "", callbackUrl },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label={copy.email}
        type="email"
        autoComplete="username"
        inputMode="email"
        autoFocus
        error={fieldError("email")}
        {...form.register("email")}
      />
      <TextField
        label={copy.password}
        type="password"
        autoComplete="current-password"
        error={fieldError("password")}
        {...form.register("password")}
      />
      <Button type="submit" pending={pending} pendingLabel={copy.pending}>
        {copy.submit}
      </Button>
      <Link href="/forgot-password" className="text-sm font-medium text-teal-800 underline underline-offset-2">
        {messages.reset.forgotLink}
      </Link>
      <p className="text-sm text-slate-600">
        {copy.noAccount}{" "}
        <Link href="/register" className="font-medium text-teal-800 underline underline-offset-2">
          {copy.register}
        </Link>
      </p>
    </form>
  );
}
