import Link from "next/link";
import { getNotes } from "@/lib/content";
import { collectTags, tagHref } from "@/lib/portal/tags";
import { T } from "./T";
import { PageHeader } from "./ui/PageHeader";

/** `/tags`: every tag with the number of notes carrying it. */
export function TagIndex() {
  const tags = collectTags(getNotes());
  return (
    <div className="page-column page-narrow">
      <PageHeader
        crumbs={[{ href: null, label: <T k="tags.title" /> }]}
        title={<T k="tags.title" />}
        intro={<T k="tags.intro" />}
      >
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          <T k="count.tags" vars={{ count: tags.length }} />
        </p>
      </PageHeader>
      {tags.length === 0 ? (
        <p className="mt-6 text-slate-600 dark:text-slate-400">
          <T k="tags.empty" />
        </p>
      ) : (
        <ul className="mt-6 flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <Link
                href={tagHref(tag.slug)}
                data-tag={tag.key}
                className="inline-flex items-center gap-2 rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-sky-600 hover:text-sky-800 dark:border-slate-700 dark:hover:border-sky-400 dark:hover:text-sky-300"
              >
                <span lang={tag.langs[0]}>{tag.label}</span>
                <span className="rounded-full bg-slate-100 px-1.5 text-xs tabular-nums text-slate-700 dark:bg-slate-800 dark:text-slate-200">
                  {tag.notes.length}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
