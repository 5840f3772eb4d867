"use client";

import Link from "next/link";
import { secondStepAction } from "@/lib/actions/sign-in";
import { verifyCodeSchema, verifyRecoverySchema } from "@/lib/validation/mfa";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { Alert } from "@/components/ui/alert";

/** One field: the app's code by default, a recovery code on request. */
export function SecondStepForm({ method, callbackUrl }: { method: "totp" | "recovery"; callbackUrl: string }) {
  const copy = useMessages().auth.verify;
  const recovery = method === "recovery";
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: recovery ? verifyRecoverySchema : verifyCodeSchema,
    action: secondStepAction,
    defaultValues: { code: "", callbackUrl },
  });
  const other = `/login/verify?${new URLSearchParams({ ...(recovery ? {} : { method: "recovery" }), callbackUrl })}`;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {recovery ? (
        <TextField
          key="recovery"
          label={copy.recoveryCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          error={fieldError("code")}
          {...form.register("code")}
        />
      ) : (
        <TextField
          key="totp"
          label={copy.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          autoFocus
          className="[&_input]:text-lg [&_input]:tracking-[0.3em]"
          error={fieldError("code")}
          {...form.register("code")}
        />
      )}
      <Button type="submit" pending={pending} pendingLabel={copy.pending}>
        {copy.submit}
      </Button>
      <div className="flex flex-col gap-2 text-sm">
        <Link href={other} className="font-medium text-teal-800 underline underline-offset-2">
          {recovery ? copy.useApp : copy.useRecovery}
        </Link>
        <Link href="/login" className="text-slate-600 underline underline-offset-2">
          {copy.backToLogin}
        </Link>
      </div>
    </form>
  );
}
