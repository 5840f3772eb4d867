import { defaultLocale, isLocale, type Locale } from "./index";

/**
 * The first language an `Accept-Language` header asks for that we have a catalogue for,
 * by quality ("en-GB,en;q=0.9,nl;q=0.8" → "en"). Only the primary subtag counts: Flemish
 * (nl-BE) reads the Dutch catalogue, American English the English one. Null when none fits.
 */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .slice(0, 20) // a header is the browser's, but bound the work anyway
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      // No q means 1; a q that is not a number means nothing usable, so it counts as 0.
      const q = params.map((param) => /^\s*q=(.*)$/.exec(param)?.[1]).find((value) => value !== undefined);
      const quality = q === undefined ? 1 : /^\s*[0-9.]+\s*$/.test(q) ? Number(q) : 0;
      return { language: tag.trim().split("-")[0]?.toLowerCase() ?? "", quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/**
 * The language of a page. A signed-in user's stored choice wins; a visitor gets the
 * language they picked with the switch (cookie), else their browser's, else Dutch.
 */
export function negotiateLocale(input: {
  stored?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(input.stored)) return input.stored;
  if (isLocale(input.cookie)) return input.cookie;
  return fromAcceptLanguage(input.acceptLanguage) ?? defaultLocale;
}
