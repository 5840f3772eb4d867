"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n";
import type { ClientMessages } from "@/lib/i18n/client-catalogue";
import { translate } from "@/lib/i18n/translate";

export type UiMessages = Omit<Messages, "mail">;

const MessagesContext = createContext<UiMessages | null>(null);

/**
 * Gives client components the catalogue of the request's language: the root layout the
 * parts every page needs, the signed-out layout and each signed-in page (AppPage) their own
 * on top (lib/i18n/client-catalogue.ts).
 */
export function MessagesProvider({ messages, children }: { messages: ClientMessages; children: ReactNode }) {
  const outer = useContext(MessagesContext);
  // The providers around a page together hand down every namespace its components use.
  const value = useMemo(() => ({ ...outer, ...messages }) as UiMessages, [outer, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

export function useMessages(): UiMessages {
  const value = useContext(MessagesContext);
  if (!value) throw new Error("useMessages needs a MessagesProvider");
  return value;
}

/** Translates a key sent by the server or a zod issue; see lib/i18n/translate.ts. */
export function useTranslate(): (key: string, values?: Record<string, string | number>) => string {
  const messages = useMessages();
  return (key, values) => translate(messages, key, values);
}
