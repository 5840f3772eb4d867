"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/errors/action-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessages } from "@/components/i18n/messages-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** A change to an active second factor: asks a current code or recovery code first. */
export function FactorActionForm<T>({ title, text, submit, pendingLabel, variant = "secondary", action, onSuccess, idPrefix, headingLevel = 3 }: {
  title: string;
  text: ReactNode;
  submit: string;
  pendingLabel: string;
  variant?: "secondary" | "danger";
  action: (input: { currentFactor: string }) => Promise<ActionResult<T>>;
  onSuccess: (data: T) => void;
  idPrefix: string;
  /** 3 below a page's h2 sections (Mijn login); 2 straight under the h1 (/mfa/recovered). */
  headingLevel?: 2 | 3;
}) {
  const copy = useMessages().mfa.setup;
  const Heading = `h${headingLevel}` as const;
  const { form, onSubmit, pending, formError, fieldError } = useActionForm({
    schema: () => import("@/lib/validation/mfa").then((m) => m.manageFactorSchema),
    action,
    defaultValues: { currentFactor: "" },
    onSuccess: (data) => {
      form.reset();
      onSuccess(data);
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-labelledby={`${idPrefix}-title`} className="flex flex-col gap-3">
      <Heading id={`${idPrefix}-title`} className="font-semibold">
        {title}
      </Heading>
      <p className="text-sm text-slate-700">{text}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        id={`${idPrefix}-factor`}
        label={copy.currentFactor}
        autoComplete="off"
        spellCheck={false}
        className="max-w-sm"
        error={fieldError("currentFactor")}
        {...form.register("currentFactor")}
      />
      <div>
        <Button type="submit" variant={variant} pending={pending} pendingLabel={pendingLabel}>
          {submit}
        </Button>
      </div>
    </form>
  );
}
