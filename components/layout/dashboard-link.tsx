import Link from "next/link";

/** The way on from a 403 or 404 page (kept apart from status-page.tsx, which the client error page imports). */
export function DashboardLink({ label }: { label: string }) {
  return (
    <Link href="/dashboard" className="text-sm font-medium text-teal-800 underline underline-offset-2">
      {label}
    </Link>
  );
}
