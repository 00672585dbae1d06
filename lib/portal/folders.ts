import { notePageUrl } from "@/lib/content/urls";
import type { ContentModel, Folder } from "@/lib/content/types";

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
