"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { confirmSetupAction } from "@/lib/actions/mfa";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { RecoveryCodesPanel } from "./recovery-codes-panel";

/** Step 4: the code from the new app (plus proof of the old factor when replacing). */
export function ConfirmSetupForm({ replacing, needsPassword, email, doneHref }: {
  replacing: boolean;
  needsPassword: boolean;
  email: string;
  doneHref: string;
}) {
  const copy = useMessages().mfa.setup;
  const router = useRouter();
  const [done, setDone] = useState<{ recoveryCodes: string[] | null } | null>(null);
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/mfa").then((m) => m.confirmSetupSchema),
    action: confirmSetupAction,
    defaultValues: { code: "", currentFactor: "", password: "" },
    onSuccess: (result) => setDone(result),
  });
  const finish = () => {
    router.push(doneHref);
    router.refresh();
  };

  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{replacing ? copy.replaced : copy.enabled}</Alert>
        {done.recoveryCodes ? (
          <RecoveryCodesPanel codes={done.recoveryCodes} email={email} onDone={finish} />
        ) : (
          <div>
            {/* The form this replaces had the focus: it moves on to the way back, not to the page's top. */}
            <Button type="button" onClick={finish} autoFocus>
              {copy.backToMyLogin}
            </Button>
          </div>
        )}
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-sm flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {replacing ? (
        <TextField
          label={copy.currentFactor}
          hint={copy.currentFactorHint}
          autoComplete="off"
          spellCheck={false}
          error={fieldError("currentFactor")}
          {...form.register("currentFactor")}
        />
      ) : null}
      {needsPassword ? (
        <TextField
          label={copy.password}
          hint={copy.passwordHint}
          type="password"
          autoComplete="current-password"
          error={fieldError("password")}
          {...form.register("password")}
        />
      ) : null}
      <TextField
        label={copy.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]*"
        maxLength={7}
        className="[&_input]:text-lg [&_input]:tracking-[0.3em]"
        error={fieldError("code")}
        {...form.register("code")}
      />
      <div>
        <Button type="submit" pending={pending} pendingLabel={copy.pending}>
          {copy.submit}
        </Button>
      </div>
    </form>
  );
}
