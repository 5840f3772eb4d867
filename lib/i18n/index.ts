import { nl } from "./nl";

/**
 * All UI and e-mail copy lives in message catalogues; components get their strings from
 * here and never hold copy themselves. Dutch is the default and the reference: another
 * language is a new catalogue of type `Messages` added to `catalogues`, nothing more.
 */
export type Messages = typeof nl;
export type Locale = "nl";

const catalogues: Record<Locale, Messages> = { nl };

export const defaultLocale: Locale = "nl";

export function isLocale(value: string | null | undefined): value is Locale {
  return value != null && Object.hasOwn(catalogues, value);
}

export function toLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

export function messages(locale: string | null | undefined = defaultLocale): Messages {
  return catalogues[isLocale(locale) ? locale : defaultLocale];
}

/** Fills `{name}` placeholders: format("Hallo {name}", { name: "Ada" }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
