"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n";
import { translate } from "@/lib/i18n/translate";

export type UiMessages = Omit<Messages, "mail">;

const MessagesContext = createContext<UiMessages | null>(null);

/** Gives client components the catalogue of the request's language (the root layout chooses it). */
export function MessagesProvider({ messages, children }: { messages: UiMessages; children: ReactNode }) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
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
