import type { Metadata } from "next";
import { messageTitle } from "@/lib/i18n/title";
import { notFound } from "next/navigation";
import { AllNotesView } from "@/components/AllNotesView";
import { getContent } from "@/lib/content";
import { allNotesParams } from "@/lib/content/routes";
import { ALL_NOTES_KEYS, allNotesFilter, allNotesList } from "@/lib/portal/lists";
import { pageCount, parseListPath } from "@/lib/portal/paginate";

export function generateStaticParams() {
  return allNotesParams();
}

type Params = { params: Promise<{ filter?: string[] }> };

/** `/all-notes` (every note, folder order), `/all-notes/lang/ja/sort/newest/page/2` → filter and page; null for any other address. */
function resolve(segments: string[]) {
  const parsed = parseListPath(segments, ALL_NOTES_KEYS);
  const filter = parsed && allNotesFilter(parsed.filters);
  if (!parsed || !filter) return null;
  if (parsed.page > pageCount(allNotesList(getContent(), filter).length)) return null;
  return { filter, page: parsed.page };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = resolve((await params).filter ?? []);
  if (!found) return messageTitle("notFound.title");
  const parts = [found.filter.lang, found.filter.sort, found.page > 1 ? String(found.page) : null];
  return messageTitle("nav.allNotes", parts.filter(Boolean).join(", "));
}

export default async function FilteredNotesPage({ params }: Params) {
  const found = resolve((await params).filter ?? []);
  if (!found) notFound();
  return <AllNotesView model={getContent()} filter={found.filter} page={found.page} />;
}
