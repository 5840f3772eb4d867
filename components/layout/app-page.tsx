import type { ReactNode } from "react";
import type { CurrentUser } from "@/lib/session/load-user";
import { messages } from "@/lib/i18n";
import { clientCatalogue, SIGNED_IN_PAGES, type SignedInPage } from "@/lib/i18n/client-catalogue";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { AppHeader } from "./app-header";
import { MfaDeadlineBanner } from "./mfa-deadline-banner";

/**
 * The signed-in frame: menu and content. Every page renders it with the user its own
 * guard returned, because a shared layout is not re-rendered on client navigation and
 * would keep showing a menu that no longer applies (forced enrolment switched on). `page`
 * names the catalogue parts its forms need (lib/i18n/client-catalogue.ts).
 */
export function AppPage({ user, page, children }: { user: CurrentUser; page: SignedInPage; children: ReactNode }) {
  return (
    <>
      <AppHeader user={user} copy={messages(user.locale).account.nav} />
      <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <MfaDeadlineBanner user={user} />
        <MessagesProvider messages={clientCatalogue(user.locale, SIGNED_IN_PAGES[page])}>{children}</MessagesProvider>
      </main>
    </>
  );
}
