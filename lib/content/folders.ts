import { promises as fs } from "node:fs";
import { posix } from "node:path";
import yaml from "js-yaml";
import { z } from "zod";
import type { OtherFile } from "./load";
import { folderSlug, siteFolder } from "./paths";
import type { Diagnostic, Folder, FolderEntry, Note, NoteSlug } from "./types";

/**
 * Folders are structure: every folder that holds notes is a level of the sidebar and the
 * all-notes index, and has a page (its index note, or a generated list). Inside a folder,
 * sub-folders and notes are ordered by their `weight` / `sidebar_position` / `nav_order` /
 * `order` (a folder's from its index note or Docusaurus `_category_.json`), then by name.
 */

/** Docusaurus `_category_.json` / `_category_.yml`: a folder's label and place. */
const categoryFileSchema = z.object({
  /** The folder's title in the sidebar. */
  label: z.string().trim().min(1).optional(),
  /** Its place among its siblings, smallest first. */
  position: z.number().optional(),
});

const CATEGORY_FILES = new Set(["_category_.json", "_category_.yml", "_category_.yaml"]);

/** Reads the `_category_` files among the content folder's other files; bad ones are warnings. */
export async function readCategoryFiles(others: readonly OtherFile[]): Promise<{
  byFolder: Map<string, z.infer<typeof categoryFileSchema>>;
  diagnostics: Diagnostic[];
}> {
  const byFolder = new Map<string, z.infer<typeof categoryFileSchema>>();
  const diagnostics: Diagnostic[] = [];
  for (const file of others) {
    const name = posix.basename(file.relPath);
    if (!CATEGORY_FILES.has(name) || file.size > 64 * 1024) continue;
    let parsed: unknown;
    try {
      const text = await fs.readFile(file.realPath, "utf8");
      parsed = name.endsWith(".json") ? JSON.parse(text) : yaml.load(text);
    } catch (error) {
      diagnostics.push({
        file: file.displayPath,
        line: null,
        severity: "warning",
        code: "folder/category-file",
        message: `cannot read this file (${(error as Error).message.split("\n")[0]}); the folder is titled by its name. Fix the ${name.endsWith(".json") ? "JSON" : "YAML"} syntax.`,
      });
      continue;
    }
    const checked = categoryFileSchema.safeParse(parsed ?? {});
    if (!checked.success) {
      diagnostics.push({
        file: file.displayPath,
        line: null,
        severity: "warning",
        code: "folder/category-file",
        message: `${checked.error.issues.map((i) => `${i.path.join(".") || "the file"}: ${i.message}`).join("; ")}; the folder is titled by its name. Write label as text and position as a number.`,
      });
      continue;
    }
    byFolder.set(siteFolder(posix.dirname(file.relPath)), checked.data);
  }
  return { byFolder, diagnostics };
}

const byName = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

interface Sortable {
  order: number | null;
  name: string;
}

function compareEntries(a: Sortable, b: Sortable): number {
  if (a.order !== null && b.order !== null && a.order !== b.order) return a.order - b.order;
  if (a.order !== null && b.order === null) return -1;
  if (a.order === null && b.order !== null) return 1;
  return byName.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

const parentOf = (path: string): string | null =>
  path === "" ? null : path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";

/**
 * The folder tree of the notes. A folder's page is the note whose URL is the folder's (its
 * `index.md`, `README.md` or `_index.md`, or `a.md` beside a folder `a/`); that note is the folder's
 * row, not a row inside it.
 */
export function buildFolders(
  notes: readonly Note[],
  categories: ReadonlyMap<string, z.infer<typeof categoryFileSchema>> = new Map(),
): Folder[] {
  const paths = new Set<string>([""]);
  for (const note of notes) {
    for (let p: string | null = note.folder; p !== null; p = parentOf(p)) paths.add(p);
  }
  const bySlug = new Map(notes.map((n) => [n.slug as string, n]));
  const folders = new Map<string, Folder>();
  for (const path of paths) {
    const slug = folderSlug(path);
    const index = bySlug.get(slug) ?? null;
    const category = categories.get(path);
    folders.set(path, {
      path,
      slug,
      title: category?.label ?? index?.title ?? (path.split("/").pop() || ""),
      order: category?.position ?? index?.order ?? null,
      index: index?.slug ?? null,
      parent: parentOf(path),
      entries: [],
    });
  }
  const indexNotes = new Set(
    [...folders.values()].flatMap((f) => (f.index !== null ? [f.index as string] : [])),
  );
  const rows = new Map<string, (Sortable & { entry: FolderEntry })[]>();
  const push = (folder: string, row: Sortable & { entry: FolderEntry }) =>
    rows.set(folder, [...(rows.get(folder) ?? []), row]);
  for (const folder of folders.values()) {
    if (folder.parent === null) continue;
    push(folder.parent, {
      order: folder.order,
      name: folder.path.split("/").pop() ?? "",
      entry: { kind: "folder", path: folder.path },
    });
  }
  for (const note of notes) {
    if (indexNotes.has(note.slug)) continue;
    const name = (note.path.split("/").pop() ?? "").replace(/\.[^.]+$/, "");
    push(note.folder, {
      order: note.order,
      name,
      entry: { kind: "note", slug: note.slug as NoteSlug },
    });
  }
  for (const [path, list] of rows)
    folders.get(path)!.entries = list.sort(compareEntries).map((r) => r.entry);
  // Top first, then depth-first in reading order: the order the all-notes index lists them in.
  const ordered: Folder[] = [];
  const visit = (path: string) => {
    const folder = folders.get(path)!;
    ordered.push(folder);
    for (const e of folder.entries) if (e.kind === "folder") visit(e.path);
  };
  visit("");
  return ordered;
}
