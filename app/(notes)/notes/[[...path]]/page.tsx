import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChapterView } from "@/components/notes/ChapterView";
import { FolderView } from "@/components/notes/FolderView";
import { NoteView } from "@/components/notes/NoteView";
import { getNote, getNotesPage } from "@/lib/content";
import { notesPageParams } from "@/lib/content/routes";
import { notePageUrl } from "@/lib/content/urls";
import type { Note } from "@/lib/content/types";
import { messageTitle, textTitle } from "@/lib/i18n/title";

export function generateStaticParams() {
  return notesPageParams();
}

type Params = { params: Promise<{ path?: string[] }> };

/** `<link rel="alternate" hreflang>` for each language version of a note. */
function alternates(note: Note): Metadata["alternates"] {
  if (note.translations.length === 0) return undefined;
  const languages: Record<string, string> = { [note.lang]: notePageUrl(note.slug) };
  for (const t of note.translations) if (getNote(t.note)) languages[t.lang] = notePageUrl(t.note);
  return { languages };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = getNotesPage((await params).path);
  if (!page) return messageTitle("notFound.title");
  if (page.kind === "folder")
    return page.folder.path ? textTitle(page.folder.title) : messageTitle("nav.notes");
  if (page.kind === "chapter") return textTitle(`${page.chapter.title} · ${page.note.title}`);
  return {
    ...textTitle(page.note.title),
    description: page.note.summary ?? undefined,
    alternates: alternates(page.note),
  };
}

/** `/notes/<path…>`: a note, a chapter of a note, or a folder (lib/content `getNotesPage`). */
export default async function NotesPage({ params }: Params) {
  const page = getNotesPage((await params).path);
  if (!page) notFound();
  if (page.kind === "note") return <NoteView note={page.note} />;
  if (page.kind === "chapter") return <ChapterView note={page.note} chapter={page.chapter} />;
  return <FolderView folder={page.folder} />;
}
