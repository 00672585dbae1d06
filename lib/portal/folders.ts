import { notePageUrl } from "@/lib/content/urls";
import { chapterNumber } from "@/lib/content/chapters";
import type { Chapter, ContentModel, Folder, Note } from "@/lib/content/types";

/** Notes in a folder and all its sub-folders (its index note included). */
export function folderNoteCount(model: Pick<ContentModel, "folders">, folder: Folder): number {
  const byPath = new Map(model.folders.map((f) => [f.path, f]));
  const count = (f: Folder): number =>
    (f.index !== null ? 1 : 0) +
    f.entries.reduce(
      (n, e) =>
        n +
        (e.kind === "note" ? 1 : count(byPath.get(e.path) ?? { ...f, index: null, entries: [] })),
      0,
    );
  return count(folder);
}

/** The folders from the top down to `folder` (the top itself left out), each with its page. */
export function folderCrumbs(
  model: Pick<ContentModel, "folders">,
  folder: Folder,
): { href: string; label: string }[] {
  const byPath = new Map(model.folders.map((f) => [f.path, f]));
  const chain: Folder[] = [];
  for (
    let f: Folder | undefined = folder;
    f && f.path !== "";
    f = f.parent === null ? undefined : byPath.get(f.parent)
  )
    chain.unshift(f);
  return chain.map((f) => ({ href: notePageUrl(f.slug), label: f.title }));
}

/**
 * Where a chapter page sits, in the note's own numbering: `Chapter 14 of 16` for a note whose
 * chapters are numbered (14章 stays 14 even when an empty 13章 was merged into its page), else
 * `Page 3 of 8`.
 */
export function chapterPosition(
  note: Pick<Note, "chapters" | "chapterList">,
  chapter: Pick<Chapter, "title" | "index">,
): { key: "chapter.of" | "chapter.page"; n: number; total: number } {
  const own = chapterNumber(chapter.title);
  const numbers = note.chapterList.map((e) => chapterNumber(e.title));
  if (own !== null && numbers.every((n) => n !== null)) {
    return {
      key: "chapter.of",
      n: own,
      total: Math.max(...(numbers as number[]), note.chapterList.length),
    };
  }
  return { key: "chapter.page", n: chapter.index + 1, total: note.chapters.length };
}
