"use client";

import type { ReactNode } from "react";
import { secondStepAction } from "@/lib/actions/sign-in";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { Alert } from "@/components/ui/alert";
import { RememberBox } from "./remember-box";

/**
 * One field: the app's code by default, a recovery code on request. `canRemember`: the
 * company allows "Deze computer 30 dagen onthouden", so the box is offered (the server
 * checks the setting again).
 * `links` (the other method, back to login): rendered by the server page, see auth-links.tsx.
 */
export function SecondStepForm({ method, callbackUrl, links, canRemember }: {
  method: "totp" | "recovery";
  callbackUrl: string;
  links: ReactNode;
  canRemember: boolean;
}) {
  const messages = useMessages();
  const copy = messages.auth.verify;
  const recovery = method === "recovery";
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () =>
      import("@/lib/validation/remembered-devices").then((m) => (recovery ? m.verifyRecoveryRememberSchema : m.verifyCodeRememberSchema)),
    action: secondStepAction,
    navigateTo: ({ redirectTo }) => redirectTo,
    defaultValues: { code: "", callbackUrl, remember: false },
  });
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
      {canRemember ? <RememberBox copy={messages.rememberedDevices} register={form.register("remember")} /> : null}
      <Button type="submit" pending={pending} pendingLabel={copy.pending}>
        {copy.submit}
      </Button>
      {links}
    </form>
  );
}
