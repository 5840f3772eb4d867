import { defaultLocale, isLocale, type Locale } from "./index";

const intlLocales: Record<Locale, string> = { nl: "nl-NL" };

/**
 * Dates as people here read them: the company's time zone, the user's language.
 * Server-rendered, so every visitor sees the same time whatever their device says.
 */
export function formatDateTime(date: Date, locale: string = defaultLocale, dateStyle: "long" | "medium" = "medium"): string {
  return new Intl.DateTimeFormat(intlLocales[isLocale(locale) ? locale : defaultLocale], {
    dateStyle,
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(date);
}
