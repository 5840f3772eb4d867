import { useId, type InputHTMLAttributes, type Ref } from "react";

export type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input with its hint and error tied to it for screen readers; the error is announced when it appears. */
export function TextField({ label, error, hint, id, className = "", ref, ...input }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  // No flex gap: the error's live region is always there (a region added together with its
  // text is not reliably read out), and an empty item would still take a gap's space.
  return (
    <div className={`flex flex-col ${className}`}>
      <label htmlFor={inputId} className="mb-1.5 text-sm font-medium text-slate-900">
        {label}
      </label>
      <input
        {...input}
        ref={ref}
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`min-h-11 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm outline-none focus:ring-2 focus:ring-teal-600 ${
          error ? "border-red-600" : "border-slate-300"
        }`}
      />
      {hint ? (
        <p id={hintId} className="mt-1.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {/* Polite: a server's answer ("Deze code klopt niet.") is read out, typing is not cut off. */}
      <div aria-live="polite">
        {error ? (
          <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
