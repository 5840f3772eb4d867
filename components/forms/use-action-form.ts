"use client";

import { useRef, useState, useTransition, type BaseSyntheticEvent } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormRegister } from "react-hook-form";
import type { core, z } from "zod/mini";
import type { ActionResult } from "@/lib/errors/action-failure";
import { useTranslate } from "@/components/i18n/messages-provider";

type FormSchema = z.ZodMiniType<FieldValues, FieldValues>;

/**
 * Forms using this hook also carry method="post": should someone submit before the page's
 * script has loaded, the browser must not put the fields (a password) in the URL.
 *
 * react-hook-form with the same zod schema the server action validates with: the browser
 * shows field messages at once (first on submit, focus on the first field in error, then
 * live while typing; on blur would move links below a field as they are clicked), the
 * server checks again and its field errors land on the same fields. `pending` covers the
 * whole round trip, redirects included.
 *
 * The schema (with zod) and the resolver are loaded at the first keystroke or submit, not
 * with the page: issue 11, the sign-in pages' JavaScript.
 */
export function useActionForm<S extends FormSchema, T>(options: {
  schema: () => Promise<S>;
  action: (values: core.output<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<core.input<S>>;
  onSuccess?: (data: T) => void;
  /**
   * The page to show after success; `pending` lasts until it is there. `fullLoad` loads it
   * as a new document: after a sign-in the whole tree changes (the root layout's language).
   */
  navigateTo?: (data: T) => string | { href: string; fullLoad: true };
}) {
  type Input = core.input<S>;
  type Output = core.output<S>;
  const t = useTranslate();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const validator = useRef<Promise<Resolver<Input, unknown, Output>> | null>(null);

  const loadValidator = (): Promise<Resolver<Input, unknown, Output>> => {
    validator.current ??= Promise.all([options.schema(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as unknown as Resolver<Input, unknown, Output>,
      (error: unknown) => {
        validator.current = null; // a failed chunk load may succeed on the next try
        throw error;
      },
    );
    return validator.current;
  };

  const form = useForm<Input, unknown, Output>({
    resolver: async (values, context, resolverOptions) => (await loadValidator())(values, context, resolverOptions),
    defaultValues: options.defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const send = (values: Output) => {
    setFormError(null);
    startTransition(async () => {
      const result = await options.action(values);
      if (result.ok) {
        options.onSuccess?.(result.data);
        const next = options.navigateTo?.(result.data);
        if (typeof next === "object") {
          setLeaving(true);
          window.location.assign(next.href);
        } else if (next) startTransition(() => router.push(next));
        return;
      }
      const fields = Object.entries(result.fieldErrors ?? {});
      // The server's field errors (a wrong code) move the focus to the first, as the browser's own do.
      fields.forEach(([name, key], index) => form.setError(name as Path<Input>, { message: key }, { shouldFocus: index === 0 }));
      if (fields.length === 0 || result.error !== "errors.invalidInput") setFormError(t(result.error, result.values));
    });
  };

  const onSubmit = (event?: BaseSyntheticEvent) =>
    form.handleSubmit(send)(event).catch(() => setFormError(t("errors.generic")));

  // Fetches the validator while the person types, so the submit need not wait for it.
  const register: UseFormRegister<Input> = (name, registerOptions) => {
    const field = form.register(name, registerOptions);
    return {
      ...field,
      onChange: (event) => {
        loadValidator().catch(() => undefined);
        return field.onChange(event);
      },
    };
  };

  /** A field's error, translated from its catalogue key. */
  const fieldError = (name: Path<Input>): string | undefined => {
    const message = form.getFieldState(name, form.formState).error?.message;
    return message ? t(message) : undefined;
  };

  return { form: { register, getValues: form.getValues, reset: form.reset }, onSubmit, pending: pending || leaving, formError, fieldError, t };
}
