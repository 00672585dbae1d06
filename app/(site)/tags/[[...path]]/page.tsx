import { NoteRow, noteListClass } from "@/components/NoteRow";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { T } from "@/components/T";
import { TagIndex } from "@/components/TagIndex";
import { getNote, getNotes } from "@/lib/content";
import { Pagination, PageStatus } from "@/components/Pagination";
import { tagParams } from "@/lib/content/routes";
import { listHref, paginate, parsePageSegment } from "@/lib/portal/paginate";
import { collectTags, slugFromParam, tagHref } from "@/lib/portal/tags";
import { messageTitle, textTitle } from "@/lib/i18n/title";
import { PageHeader } from "@/components/ui/PageHeader";

export function generateStaticParams() {
  return tagParams();
}

type Params = { params: Promise<{ path?: string[] }> };

/** `/tags/運用` or `/tags/運用/page/2`: the tag and the page; null when there is no such page. */
function findTag(path: string[]) {
  const [param, ...rest] = path;
  if (param === undefined) return null;
  let page = 1;
  if (rest.length > 0) {
    const n = rest.length === 2 && rest[0] === "page" ? parsePageSegment(rest[1]!) : null;
    if (n === null) return null;
    page = n;
  }
  const slug = slugFromParam(param);
  const tag = collectTags(getNotes()).find((t) => t.slug === slug);
  if (!tag) return null;
  const slice = paginate(tag.notes, page);
  return slice ? { tag, slice } : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const path = (await params).path ?? [];
  if (path.length === 0) return messageTitle("tags.title");
  const found = findTag(path);
  if (!found) return messageTitle("notFound.title");
  const { tag, slice } = found;
  return textTitle(slice.page > 1 ? `#${tag.label} (${slice.page})` : `#${tag.label}`);
}

/** `/tags`: every tag; `/tags/運用`: the notes carrying a tag, a hundred a page (`/tags/運用/page/2`). */
export default async function TagPage({ params }: Params) {
  const path = (await params).path ?? [];
  if (path.length === 0) return <TagIndex />;
  const found = findTag(path);
  if (!found) notFound();
  const { tag, slice } = found;
  const notes = slice.items.map((slug) => getNote(slug)).filter((n) => n !== undefined);
  return (
    <div className="page-column page-narrow">
      <PageHeader
        crumbs={[
          { href: "/tags", label: <T k="tags.title" /> },
          { href: null, label: tag.label, lang: tag.langs[0] },
        ]}
        title={
          <>
            <span aria-hidden="true" className="text-slate-400">
              #
            </span>
            <span lang={tag.langs[0]}>{tag.label}</span>
          </>
        }
        titleClassName="[overflow-wrap:anywhere]"
      />
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        <T k="count.notes" vars={{ count: tag.notes.length }} />
        {tag.variants.length > 1 && (
          <>
            {" · "}
            <T k="tags.variants" />:{" "}
            {tag.variants.map((v, i) => (
              <span key={v}>
                {i > 0 && ", "}
                <code data-variant="">{v}</code>
              </span>
            ))}
          </>
        )}
      </p>
      <h2 className="mt-8 mb-2 text-lg font-semibold">
        <T k="tags.notesTagged" />
      </h2>
      <PageStatus slice={slice} />
      <ul className={noteListClass}>
        {notes.map((n) => (
          <NoteRow key={n.slug} note={n}>
            {n.date && <time dateTime={n.date}>{n.date}</time>}
          </NoteRow>
        ))}
      </ul>
      <Pagination
        page={slice.page}
        pages={slice.pages}
        href={(n) => listHref(tagHref(tag.slug), [], n)}
      />
    </div>
  );
}
