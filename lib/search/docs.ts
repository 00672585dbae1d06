import type { ContentModel, Note, Section } from "@/lib/content/types";
import type { SearchDoc, SectionKey } from "./types";
import { notePageUrl } from "@/lib/content/urls";

/** The stable id of a section (see {@link SectionKey}). */
export function sectionKey(
  note: string,
  chapter: string | null,
  anchor: string | null,
): SectionKey {
  return (anchor ? `${note}#${anchor}` : `${note}/${chapter ?? ""}#`) as SectionKey;
}

function combine(
  section: Section,
  titlePrefix: string | null,
): { text: string; headingEnd: number } {
  let text = section.text;
  let headingEnd = 0;
  const heading = section.heading.trim();
  if (heading) {
    if (text.startsWith(heading)) headingEnd = heading.length;
    else {
      text = `${heading}\n${text}`;
      headingEnd = heading.length;
    }
  }
  if (titlePrefix && !text.startsWith(titlePrefix)) {
    text = `${titlePrefix}\n${text}`;
    headingEnd += titlePrefix.length + 1;
  } else if (titlePrefix) {
    headingEnd = Math.max(headingEnd, titlePrefix.length);
  }
  return { text, headingEnd };
}

function noteDocs(note: Note): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const base = notePageUrl(note.slug);
  const push = (section: Section, chapter: Note["chapters"][number] | null) => {
    const titlePrefix = docs.length === 0 ? note.title : null;
    const { text, headingEnd } = combine(section, titlePrefix);
    if (!text.trim()) return;
    const url = chapter ? chapter.url : base;
    docs.push({
      key: sectionKey(note.slug, chapter?.slug ?? null, section.anchor),
      note: note.slug,
      noteTitle: note.title,
      chapter: chapter?.slug ?? null,
      chapterTitle: chapter?.title ?? null,
      heading: section.heading,
      anchor: section.anchor,
      url: section.anchor ? `${url}#${section.anchor}` : url,
      lang: chapter?.lang ?? note.lang,
      taxonomy: chapter?.taxonomy ?? note.taxonomy,
      tags: note.tags,
      text,
      headingEnd,
    });
  };
  for (const section of note.overviewSections) push(section, null);
  for (const chapter of note.chapters)
    for (const section of chapter.sections) push(section, chapter);
  return docs;
}

/**
 * The searchable sections of a content model, in note order: each note's overview sections (a note
 * that is not split has its whole body there), then each chapter's sections. The first section of
 * a note carries the note's title.
 */
export function toSearchDocs(model: ContentModel): SearchDoc[] {
  return model.notes.flatMap(noteDocs);
}
