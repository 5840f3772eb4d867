import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { MessagesProvider } from "@/components/i18n/messages-provider";

export const metadata: Metadata = {
  title: { default: "Tweestap", template: "%s · Tweestap" },
  description: "Inloggen en accountbeveiliging",
  referrer: "strict-origin-when-cross-origin",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const { mail: _mailCopyStaysOnTheServer, ...uiMessages } = messages(locale);
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <MessagesProvider messages={uiMessages}>{children}</MessagesProvider>
      </body>
    </html>
  );
}
