import type { ReactNode } from "react";

/**
 * 403, 404 and error pages: what happened, and a way on. The client error page renders this
 * too, so it imports no next/link (its link is dashboard-link.tsx): see issue 11.
 */
export function StatusPage({ title, text, action }: { title: string; text: string; action?: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4 py-10">
      <p className="text-xl font-bold tracking-tight text-teal-800">Tweestap</p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-700">{text}</p>
      {action}
    </main>
  );
}
