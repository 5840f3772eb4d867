import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { Messages } from "@/lib/i18n";

/**
 * "Deze computer 30 dagen onthouden" at the second step: a native checkbox inside its
 * label (the whole line is clickable, Space toggles it), with the warning about shared
 * computers tied to it as its description.
 */
export function RememberBox({ copy, register }: { copy: Messages["rememberedDevices"]; register: UseFormRegisterReturn }) {
  const hintId = useId();
  return (
    <div className="flex flex-col gap-1">
      <label className="flex min-h-11 items-center gap-3 text-sm font-medium">
        <input type="checkbox" aria-describedby={hintId} className="size-5 shrink-0 accent-teal-700" {...register} />
        {copy.checkbox}
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        {copy.checkboxHint}
      </p>
    </div>
  );
}
