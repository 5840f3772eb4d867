import type { ReactNode } from "react";
import { requestLocale } from "@/lib/i18n/request-locale";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { clientCatalogue, SIGNED_OUT_NAMESPACES } from "@/lib/i18n/client-catalogue";

/** Signed-out pages: one calm card in the middle, full width on a phone, and the language switch. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-start px-4 py-10 sm:justify-center">
      <p className="mb-6 text-xl font-bold tracking-tight text-teal-800">Tweestap</p>
      <div className="w-full max-w-md">
        <div className="flex justify-end">
          <LanguageSwitch current={locale} />
        </div>
        <MessagesProvider messages={clientCatalogue(locale, SIGNED_OUT_NAMESPACES)}>{children}</MessagesProvider>
      </div>
    </main>
  );
}
