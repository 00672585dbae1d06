import Link from "next/link";
import type { ReactNode } from "react";
import { i18nAttr } from "@/lib/i18n/attrs";
import { T } from "./T";

export interface Crumb {
  href: string | null;
  label: ReactNode;
  lang?: string;
}

/**
 * Where a page sits: Home › area › note › chapter. The last crumb is the current page: it is
 * read to screen readers (`aria-current`) but not shown, because the page's h1 right below says
 * it (a reader should not see the title twice).
 *
 * A crumb never widens the page, however long its title (a note title can be thousands of
 * characters with no space): each is cut to one line with an ellipsis, links to at most a third of
 * the line on wide screens, the current page to what is left. The full text stays in the DOM (screen
 * readers read it all) and text labels carry it in `title` for a pointer to see.
 */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const all: Crumb[] = [{ href: "/", label: <T k="nav.home" /> }, ...crumbs];
  return (
    <nav
      {...i18nAttr("aria-label", "nav.breadcrumb")}
      data-ui-lang=""
      className="mb-4 text-sm text-slate-600 dark:text-slate-400"
    >
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {all.map((c, i) => {
          const last = i === all.length - 1;
          const title = typeof c.label === "string" ? c.label : undefined;
          return (
            <li
              key={i}
              className={last ? "sr-only" : "flex min-w-0 max-w-full items-center gap-1.5"}
            >
              {i > 0 && (
                <span aria-hidden="true" className="shrink-0 text-slate-400 dark:text-slate-500">
                  ›
                </span>
              )}
              {c.href && !last ? (
                <Link
                  href={c.href}
                  lang={c.lang}
                  title={title}
                  className="min-w-0 max-w-[14rem] truncate hover:text-sky-700 hover:underline sm:max-w-[20rem] lg:max-w-[28rem] dark:hover:text-sky-300"
                >
                  {c.label}
                </Link>
              ) : (
                <span
                  lang={c.lang}
                  title={title}
                  aria-current={last ? "page" : undefined}
                  className="min-w-0 truncate"
                >
                  {c.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
