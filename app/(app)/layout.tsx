import type { ReactNode } from "react";
import { requireEnrolmentAccess } from "@/lib/auth/guards";
import { messages } from "@/lib/i18n";
import { AppHeader } from "@/components/layout/app-header";

/**
 * Signed-in shell. The layout only needs *a* signed-in user to draw the menu; each page
 * still calls its own guard, because layouts are not re-run on every navigation.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireEnrolmentAccess();
  return (
    <>
      <AppHeader user={user} copy={messages(user.locale).account.nav} />
      <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">{children}</main>
    </>
  );
}
