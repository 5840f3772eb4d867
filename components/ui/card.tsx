import type { ReactNode } from "react";

export function Card({ title, description, children, headingLevel = 2 }: {
  title?: string;
  description?: ReactNode;
  children: ReactNode;
  headingLevel?: 1 | 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      {title ? <Heading className="text-lg font-semibold text-slate-900">{title}</Heading> : null}
      {description ? <div className="mt-1 text-sm text-slate-600">{description}</div> : null}
      <div className={title || description ? "mt-4" : ""}>{children}</div>
    </section>
  );
}
