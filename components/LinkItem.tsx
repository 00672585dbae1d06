import Link from "next/link";
import type { LinkRow } from "@/lib/portal/categories";
import { LangBadge } from "./LangBadge";
import { T } from "./T";

/** One external link: where it goes (opened safely in a new tab), its domain, the text around it. */
export function LinkItem({ link }: { link: LinkRow }) {
  return (
    <li data-link-row="" data-lang={link.lang} className="py-2.5">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <a
          href={link.url}
          target="_blank"
          rel="noopener noreferrer"
          lang={link.lang}
          className="external-link min-w-0 font-medium [overflow-wrap:anywhere] text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-sky-800 dark:text-sky-300 dark:decoration-sky-300/30 dark:hover:decoration-sky-300"
        >
          {link.text || link.url}
          <span className="sr-only">
            {" "}
            <T k="external.newTab" />
          </span>
        </a>
        <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{link.domain}</span>
        <LangBadge lang={link.lang} />
      </div>
      {link.context && (
        <p
          lang={link.lang}
          className="cjk-text mt-1 line-clamp-3 [overflow-wrap:anywhere] text-sm text-slate-700 dark:text-slate-300"
        >
          {link.context}
        </p>
      )}
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        <T k="category.inNote" />{" "}
        <Link
          href={link.at}
          className="underline decoration-slate-400 underline-offset-2 hover:text-sky-800 dark:hover:text-sky-300"
        >
          <span lang={link.noteLang}>{link.noteTitle}</span>
          {link.chapterTitle && (
            <>
              {" › "}
              <span lang={link.noteLang}>{link.chapterTitle}</span>
            </>
          )}
        </Link>
      </p>
    </li>
  );
}
