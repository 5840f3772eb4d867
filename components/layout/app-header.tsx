import { MainNav, type NavItem } from "./main-nav";
import { SignOutButton } from "./sign-out-button";
import type { CurrentUser } from "@/lib/session/load-user";
import type { Messages } from "@/lib/i18n";

export function AppHeader({ user, copy }: { user: CurrentUser; copy: Messages["account"]["nav"] }) {
  // An employee in forced enrolment sees only "Uitloggen" until MFA is set up.
  const items: NavItem[] = user.mustEnrol
    ? []
    : [
        { href: "/dashboard", label: copy.dashboard },
        { href: "/account", label: copy.myLogin },
        ...(user.role === "OWNER" ? [{ href: "/employees", label: copy.employees }] : []),
      ];
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-5xl items-center gap-6 px-4">
        <span className="text-lg font-bold tracking-tight text-teal-800">Tweestap</span>
        <MainNav items={items} label={copy.label} openLabel={copy.openMenu} signOut={<SignOutButton label={copy.signOut} />} />
      </div>
    </header>
  );
}
