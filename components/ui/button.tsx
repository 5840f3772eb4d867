"use client";

import type { ButtonHTMLAttributes } from "react";
import { useHydrated } from "./use-hydrated";

type Variant = "primary" | "secondary" | "danger" | "link";

const styles: Record<Variant, string> = {
  primary: "bg-teal-700 text-white hover:bg-teal-800 focus-visible:outline-teal-700 disabled:bg-teal-700/60",
  secondary: "bg-white text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-teal-700",
  danger: "bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700 disabled:bg-red-700/60",
  link: "text-teal-800 underline underline-offset-2 hover:text-teal-950 focus-visible:outline-teal-700 px-0 py-0",
};

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  /** While true the button is disabled and shows `pendingLabel`, so a second click cannot resubmit. */
  pending?: boolean;
  pendingLabel?: string;
};

/**
 * A submit button stays disabled until the page has hydrated. The forms send through their
 * JavaScript (useActionForm); a click before it has loaded (a slow phone, a busy machine)
 * was the browser's own POST of the form, which came back as the same page with everything
 * typed gone and no word why.
 */
export function Button({ variant = "primary", pending = false, pendingLabel, className = "", children, disabled, ...rest }: ButtonProps) {
  const padding = variant === "link" ? "" : "px-4 py-2.5";
  const hydrated = useHydrated();
  const submits = rest.type !== "button" && rest.type !== "reset";
  return (
    <button
      {...rest}
      disabled={disabled || pending || (submits && !hydrated)}
      aria-busy={pending || undefined}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-md text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed ${padding} ${styles[variant]} ${className}`}
    >
      {pending && variant !== "link" ? (
        <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />
      ) : null}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
