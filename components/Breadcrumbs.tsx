import Link from "next/link";
import type { ReactNode } from "react";
import { i18nAttr } from "@/lib/i18n/attrs";
import { T } from "./T";

export interface Crumb {
  href: string | null;
  label: ReactNode;
  lang?: string;
}

/** Where a page sits: Home › area › note › chapter. The last crumb is the current page. */
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
          return (
            <li key={i} className="flex min-w-0 items-center gap-1.5">
              {i > 0 && (
                <span aria-hidden="true" className="text-slate-400 dark:text-slate-500">
                  ›
                </span>
              )}
              {c.href && !last ? (
                <Link
                  href={c.href}
                  lang={c.lang}
                  className="hover:text-sky-700 hover:underline dark:hover:text-sky-300"
                >
                  {c.label}
                </Link>
              ) : (
                <span
                  lang={c.lang}
                  aria-current={last ? "page" : undefined}
                  className={last ? "text-slate-800 dark:text-slate-200" : undefined}
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
