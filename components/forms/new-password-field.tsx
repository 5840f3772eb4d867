"use client";

import { passwordMinLength } from "@/lib/passwords/length";
import { format } from "@/lib/i18n";
import { useMessages } from "@/components/i18n/messages-provider";
import { TextField, type TextFieldProps } from "@/components/ui/text-field";

/** A field for choosing a password: the rule for this account as its hint, paste allowed. */
export function NewPasswordField({ mfaEnabled, ...field }: Omit<TextFieldProps, "type" | "hint" | "autoComplete"> & { mfaEnabled: boolean }) {
  const hint = useMessages().password.hint;
  return <TextField {...field} type="password" autoComplete="new-password" hint={format(hint, { min: passwordMinLength(mfaEnabled) })} />;
}
