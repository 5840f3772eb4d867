"use client";

import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors/action-failure";
import { useTranslate } from "@/components/i18n/messages-provider";

/**
 * Forms using this hook also carry method="post": should someone submit before the page's
 * script has loaded, the browser must not put the fields (a password) in the URL.
 *
 * react-hook-form with the same zod schema the server action validates with: the
 * browser shows field messages at once, the server checks again and its field errors
 * land on the same fields. `pending` covers the whole round trip, redirects included.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: (values: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void;
}) {
  const t = useTranslate();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema) as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
    // First check on submit, then live while typing. Checking on blur would move links
    // below the field at the moment they are clicked.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await options.action(values as z.input<S>);
      if (result.ok) {
        options.onSuccess?.(result.data);
        return;
      }
      const fields = Object.entries(result.fieldErrors ?? {});
      for (const [name, key] of fields) {
        form.setError(name as Path<z.input<S>>, { message: key });
      }
      if (fields.length === 0 || result.error !== "errors.invalidInput") setFormError(t(result.error, result.values));
    });
  });

  /** A field's error, translated from its catalogue key. */
  const fieldError = (name: Path<z.input<S>>): string | undefined => {
    const message = form.getFieldState(name, form.formState).error?.message;
    return message ? t(message) : undefined;
  };

  return { form, onSubmit, pending, formError, fieldError, t };
}
