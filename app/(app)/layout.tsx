import type { ReactNode } from "react";
import { requestLocale } from "@/lib/i18n/request-locale";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { clientCatalogue, SIGNED_IN_NAMESPACES } from "@/lib/i18n/client-catalogue";

/**
 * Signed-in pages: their part of the catalogue for client components. Each page checks
 * access itself (lib/session/guards.ts); the catalogue is only the interface's text.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  return <MessagesProvider messages={clientCatalogue(await requestLocale(), SIGNED_IN_NAMESPACES)}>{children}</MessagesProvider>;
}
