import Link from "next/link";

/** Previous/next links that keep the other query parameters. */
export function Pager({ page, pages, hrefFor, labels }: {
  page: number;
  pages: number | null;
  hrefFor: (page: number) => string;
  labels: { previous: string; next: string; status?: string };
}) {
  const hasNext = pages === null ? false : page < pages;
  const link = "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-teal-800 underline underline-offset-2";
  return (
    <nav aria-label={labels.status ?? "Paginering"} className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? <Link className={link} href={hrefFor(page - 1)}>{labels.previous}</Link> : <span />}
      {labels.status ? <span className="text-slate-600">{labels.status}</span> : null}
      {hasNext ? <Link className={link} href={hrefFor(page + 1)}>{labels.next}</Link> : <span />}
    </nav>
  );
}
