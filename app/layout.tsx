import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { clientCatalogue, SHARED_NAMESPACES } from "@/lib/i18n/client-catalogue";

export async function generateMetadata(): Promise<Metadata> {
  const copy = messages(await requestLocale()).common;
  return {
    title: { default: copy.appName, template: `%s · ${copy.appName}` },
    description: copy.description,
    referrer: "strict-origin-when-cross-origin",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The signed-in user's stored language, else the visitor's (lib/i18n/negotiate.ts).
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <MessagesProvider messages={clientCatalogue(locale, SHARED_NAMESPACES)}>{children}</MessagesProvider>
      </body>
    </html>
  );
}
