import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "../Breadcrumbs";

/** The classes of a page's h1, for the few pages that draw their own (a note's title). */
export const PAGE_TITLE = "text-2xl font-bold tracking-tight sm:text-3xl";

/**
 * The top of a page: where it sits (breadcrumbs, when it is not the home page), its title, a
 * sentence that says what the page is for, and what follows them (counts, a summary line).
 */
export function PageHeader({
  crumbs,
  title,
  intro,
  titleClassName = "",
  introClassName = "",
  children,
}: {
  crumbs?: Crumb[];
  title: ReactNode;
  intro?: ReactNode;
  /** Classes added to the h1's (a title with long unbroken words wraps anywhere). */
  titleClassName?: string;
  /** Classes added to the intro's (a width, print rules). */
  introClassName?: string;
  children?: ReactNode;
}) {
  return (
    <>
      {crumbs && <Breadcrumbs crumbs={crumbs} />}
      <h1 className={`${PAGE_TITLE} ${titleClassName}`.trim()}>{title}</h1>
      {intro && (
        <p className={`cjk-text mt-2 text-slate-700 dark:text-slate-300 ${introClassName}`.trim()}>
          {intro}
        </p>
      )}
      {children}
    </>
  );
}
