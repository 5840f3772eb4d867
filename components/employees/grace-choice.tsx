"use client";

import { useId } from "react";

/**
 * A radio group in a fieldset with a legend: arrow keys move between the options, as in
 * any native radio group. `options` are the values with their labels, in order.
 */
export function GraceChoice<V extends string>({ legend, name, options, value, onChange, hint }: {
  legend: string;
  name: string;
  options: { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  hint?: string;
}) {
  const hintId = useId();
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={hint ? hintId : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex min-h-11 items-center gap-3 text-sm">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="size-5 shrink-0 accent-teal-700"
          />
          {option.label}
        </label>
      ))}
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
