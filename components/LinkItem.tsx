import Link from "next/link";
import type { LinkRow } from "@/lib/portal/categories";
import { LangBadge } from "./LangBadge";
import { T } from "./T";

/** One external link: where it goes (opened safely in a new tab), its domain, the text around it. */
export function LinkItem({ link }: { link: LinkRow }) {
  return (
    <li data-link-row="" data-lang={link.lang} className="py-2.5">
      <div className="row-wrap">
        <a
          href={link.url}
          target="_blank"
          rel="noopener noreferrer"
          lang={link.lang}
          className="external-link link-row-title"
        >
          {link.text || link.url}
          <span className="sr-only">
            {" "}
            <T k="external.newTab" />
          </span>
        </a>
        <span className="row-meta font-mono">{link.domain}</span>
        <LangBadge lang={link.lang} />
      </div>
      {link.context && (
        <p lang={link.lang} className="cjk-text link-row-context">
          {link.context}
        </p>
      )}
      <p className="row-meta mt-1">
        <T k="category.inNote" />{" "}
        <Link href={link.at} className="link-row-at">
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
