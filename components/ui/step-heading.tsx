"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

/**
 * The main heading of a page or of a step that replaces the one before (issue 13, point 5).
 * Rendered by the client — the next page of a flow reached by client navigation, or a form
 * swapped for its result — it takes the focus, so a screen reader says where the person now
 * is and Tab goes on from there. Hydrated from the server's HTML (a full page load) it leaves
 * the focus alone: the browser starts at the top, and a field's autoFocus still applies.
 */
export function StepHeading({ level = 1, id, className = "", children }: {
  level?: 1 | 2 | 3;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // React reads the server snapshot (false) while hydrating and the client one (true) when it
  // renders the element itself; only the first render's answer counts, hence the state.
  const renderedByClient = useHydrated();
  const [focusOnMount] = useState(renderedByClient);
  // An effect runs after React's own autoFocus of a field in the same commit, so the heading wins.
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const Heading = `h${level}` as const;
  return (
    <Heading ref={heading} id={id} tabIndex={-1} className={`focus:outline-none ${className}`}>
      {children}
    </Heading>
  );
}
