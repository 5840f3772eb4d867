import { nl } from "./nl";
import { en } from "./en";
import { defaultLocale, isLocale, type Locale } from "./locales";

export { defaultLocale, isLocale, locales, toLocale, type Locale } from "./locales";

/** The Dutch catalogue's shape with every text widened to `string`: what a translation must fill. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/**
 * All UI and e-mail copy lives in message catalogues; components get their strings from
 * here and never hold copy themselves. Dutch is the default and the reference: another
 * language is a catalogue that `satisfies Messages`, added to `catalogues` and to `locales`.
 */
export type Messages = Shape<typeof nl>;

const catalogues: Record<Locale, Messages> = { nl, en };

export function messages(locale: string | null | undefined = defaultLocale): Messages {
  return catalogues[isLocale(locale) ? locale : defaultLocale];
}

/** Fills `{name}` placeholders: format("Hallo {name}", { name: "Ada" }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
