"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { locales, type Locale } from "@/lib/i18n/locales";
import { setMyLocaleAction } from "@/lib/actions/account";
import { Button } from "@/components/ui/button";
import { useMessages, useTranslate } from "./messages-provider";

type Outcome = { saved: true } | { saved: false; error: string } | null;

/** "Taal" on Mijn login: a radio group and a save button; the page reloads in the new language. */
export function LanguageForm({ current }: { current: Locale }) {
  const copy = useMessages().language;
  const t = useTranslate();
  const router = useRouter();
  const [choice, setChoice] = useState<Locale>(current);
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <form
      aria-label={copy.title}
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await setMyLocaleAction({ locale: choice });
          setOutcome(result.ok ? { saved: true } : { saved: false, error: t(result.error, result.values) });
          // The refreshed page brings the new language's catalogue, so the notice below is in it too.
          if (result.ok) router.refresh();
        });
      }}
    >
      <fieldset>
        <legend className="sr-only">{copy.title}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {locales.map((locale) => (
            <label key={locale} lang={locale} className="inline-flex min-h-11 items-center gap-2 text-sm font-medium">
              <input
                type="radio"
                name="locale"
                value={locale}
                checked={choice === locale}
                onChange={() => setChoice(locale)}
                className="size-4 accent-teal-700"
              />
              {copy.names[locale]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" pending={pending} pendingLabel={copy.pending}>
          {copy.submit}
        </Button>
        {/* Always in the page, so a screen reader hears the outcome when it appears. */}
        <span role={outcome?.saved === false ? "alert" : "status"} className={`text-sm ${outcome?.saved ? "text-emerald-800" : "text-red-700"}`}>
          {outcome === null ? null : outcome.saved ? copy.saved : outcome.error}
        </span>
      </div>
    </form>
  );
}
