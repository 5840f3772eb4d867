import { cookies } from "next/headers";
import { defaultLocale, isLocale, type Locale } from "./index";

/** The UI language: a `locale` cookie when it names a catalogue we have, else Dutch. */
export async function requestLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get("locale")?.value;
  return isLocale(fromCookie) ? fromCookie : defaultLocale;
}
