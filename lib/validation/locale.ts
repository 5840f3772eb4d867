import * as z from "zod/mini";
import { locales } from "@/lib/i18n/locales";

/** A language choice from the switch or "Mijn login": only a language we have a catalogue for. */
export const localeSchema = z.object({ locale: z.enum(locales, "errors.invalidInput") });
