"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { locales, type Locale } from "@/lib/i18n/locales";
import { chooseLocaleAction } from "@/lib/actions/account";
import { useMessages } from "./messages-provider";

/**
 * The small "Nederlands | English" switch on the signed-out pages. It sets this browser's
 * language only; a signed-in person chooses theirs on "Mijn login". Each name is in its own
 * language (and marked so with `lang`), so it is found by someone who cannot read the page.
 */
export function LanguageSwitch({ current }: { current: Locale }) {
  const copy = useMessages().language;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <nav aria-label={copy.switchLabel} className="mb-4 flex gap-1 text-sm">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              if (locale === current) return;
              const result = await chooseLocaleAction({ locale });
              if (result.ok) router.refresh();
            })
          }
          className="min-h-11 rounded-md px-3 font-medium text-teal-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 aria-pressed:bg-teal-50 aria-pressed:text-slate-900 aria-pressed:no-underline"
        >
          {copy.names[locale]}
        </button>
      ))}
    </nav>
  );
}
