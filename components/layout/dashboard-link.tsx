/**
 * The way on from a 403 or 404 page. A plain anchor, not next/link: the root not-found and
 * forbidden pages belong to every route's tree, so next/link here put its client code on
 * /login too (about 3 KB gzip, issue 11). Leaving an error page may well load a full page.
 */
export function DashboardLink({ label }: { label: string }) {
  return (
    <a href="/dashboard" className="text-sm font-medium text-teal-800 underline underline-offset-2">
      {label}
    </a>
  );
}
