import type { ReactNode } from "react";
import { StepHeading } from "./step-heading";

/**
 * A titled block. With headingLevel 1 its title is the page's main heading (the signed-out
 * pages): a StepHeading, which takes the focus when the page is reached by client navigation
 * (/login → /login/verify), not on a full page load.
 */
export function Card({ title, description, children, headingLevel = 2 }: {
  title?: string;
  description?: ReactNode;
  children: ReactNode;
  headingLevel?: 1 | 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  const headingClass = "text-lg font-semibold text-slate-900";
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      {/* Keyed by the title: a new title on the same page (the second step's "Herstelcode gebruiken") is a new step. */}
      {title && headingLevel === 1 ? (
        <StepHeading key={title} className={headingClass}>
          {title}
        </StepHeading>
      ) : null}
      {title && headingLevel !== 1 ? <Heading className={headingClass}>{title}</Heading> : null}
      {description ? <div className="mt-1 text-sm text-slate-600">{description}</div> : null}
      <div className={title || description ? "mt-4" : ""}>{children}</div>
    </section>
  );
}
