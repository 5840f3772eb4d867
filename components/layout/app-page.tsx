import type { ReactNode } from "react";
import type { CurrentUser } from "@/lib/session/load-user";
import { messages } from "@/lib/i18n";
import { AppHeader } from "./app-header";
import { MfaDeadlineBanner } from "./mfa-deadline-banner";

/**
 * The signed-in frame: menu and content. Every page renders it with the user its own
 * guard returned, because a shared layout is not re-rendered on client navigation and
 * would keep showing a menu that no longer applies (forced enrolment switched on).
 */
export function AppPage({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return (
    <>
      <AppHeader user={user} copy={messages(user.locale).account.nav} />
      <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <MfaDeadlineBanner user={user} />
        {children}
      </main>
    </>
  );
}
