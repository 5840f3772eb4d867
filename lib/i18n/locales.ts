/**
 * The languages we have a catalogue for, without the catalogues: client components (the
 * language switch) import this and not the copy of every language.
 * A new language is added here and in index.ts's `catalogues`; the typecheck then asks for both.
 */
export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "nl";

export function isLocale(value: string | null | undefined): value is Locale {
  return locales.some((locale) => locale === value);
}

export function toLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}
