import { defaultLocale, isLocale, type Locale } from "./index";

const intlLocales: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

type DateStyle = "long" | "medium" | "short";
type TimeStyle = "medium" | "short";

// A formatter is costly to build and a page may format fifty dates, so each style is built once.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The one date formatter for pages, mails and the dev outbox, so a time reads the same
 * everywhere: the company's time zone, the user's language. Server-rendered, so every visitor
 * sees the same time whatever their device says. Mails use "long" (read later and elsewhere,
 * they spell out the month); the outbox uses "short" with seconds to tell mails apart.
 */
export function formatDateTime(
  date: Date,
  locale: string = defaultLocale,
  dateStyle: DateStyle = "medium",
  timeStyle: TimeStyle = "short",
): string {
  const tag = intlLocales[isLocale(locale) ? locale : defaultLocale];
  const key = `${tag}|${dateStyle}|${timeStyle}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, { dateStyle, timeStyle, timeZone: "Europe/Amsterdam" });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
