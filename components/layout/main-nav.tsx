"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

export type NavItem = { href: string; label: string };

/**
 * The menu from the help page ("Dashboard", "Mijn login", "Medewerkers", "Uitloggen").
 * On a phone it folds behind a button; the current page is marked for screen readers.
 */
export function MainNav({ items, label, openLabel, signOut }: {
  items: NavItem[];
  label: string;
  openLabel: string;
  signOut: ReactNode;
}) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const links = items.map((item) => {
    const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
    return (
      <li key={item.href}>
        <Link
          href={item.href}
          aria-current={current ? "page" : undefined}
          onClick={() => setOpen(false)}
          className={`block min-h-11 rounded-md px-3 py-2.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-teal-700 ${
            current ? "bg-teal-50 text-teal-900" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
          }`}
        >
          {item.label}
        </Link>
      </li>
    );
  });
  return (
    <nav aria-label={label} className="flex flex-1 items-center justify-end sm:justify-between">
      <button
        type="button"
        className="min-h-11 rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 sm:hidden"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((value) => !value)}
      >
        {openLabel}
      </button>
      <div
        id="main-menu"
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-16 z-10 flex-col gap-1 border-b border-slate-200 bg-white p-3 shadow-md sm:static sm:flex sm:flex-1 sm:flex-row sm:items-center sm:justify-between sm:border-0 sm:p-0 sm:shadow-none`}
      >
        <ul className="flex flex-col gap-1 sm:flex-row">{links}</ul>
        {signOut}
      </div>
    </nav>
  );
}
