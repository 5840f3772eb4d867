import type { Metadata } from "next";
import { messages, type Messages } from "./index";
import { requestLocale } from "./request-locale";

/**
 * A page's `generateMetadata` whose title is in the reader's language (the browser tab is
 * text the user sees too): `export const generateMetadata = titled((m) => m.auth.login.title)`.
 */
export function titled(pick: (copy: Messages) => string, rest: Omit<Metadata, "title"> = {}): () => Promise<Metadata> {
  return async () => ({ ...rest, title: pick(messages(await requestLocale())) });
}
