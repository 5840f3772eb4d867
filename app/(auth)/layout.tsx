import type { ReactNode } from "react";

/** Signed-out pages: one calm card in the middle, full width on a phone. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-start px-4 py-10 sm:justify-center">
      <p className="mb-6 text-xl font-bold tracking-tight text-teal-800">Tweestap</p>
      <div className="w-full max-w-md">{children}</div>
    </main>
  );
}
