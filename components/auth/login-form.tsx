"use client";

import type { ReactNode } from "react";
import { LOGIN_STEP_PATH, type LoginStepResult } from "@/lib/sign-in/login-step-result";
import { postStep } from "@/components/forms/post-step";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { Alert } from "@/components/ui/alert";

/**
 * `links` (forgot password, register) come rendered from the server page: next/link imported
 * here would ship a second copy of its code in this form's chunk (issue 11).
 */
export function LoginForm({ callbackUrl, links }: { callbackUrl?: string; links: ReactNode }) {
  const copy = useMessages().auth.login;
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/auth").then((m) => m.loginSchema),
    action: (values) => postStep<LoginStepResult>(LOGIN_STEP_PATH, values),
    navigateTo: ({ redirectTo, signedIn }) => (signedIn ? { href: redirectTo, fullLoad: true } : redirectTo),
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
      {links}
    </form>
  );
}
