import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n";

/** A person's language: their pages, and every mail sent to them from now on. */
export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
