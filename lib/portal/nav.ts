import type { ContentModel, Folder, Lang, Note, TaxonomyCategory } from "@/lib/content/types";
import { labelsByLocale, type LocalizedTexts } from "@/lib/i18n/messages";
import { categoryUrl } from "./categories";
import { notePageUrl } from "@/lib/content/urls";

/**
 * Notes listed by name in the sidebar while the site has at most this many. Above it the sidebar
 * shows only the current note (with its chapters) and a link to the paginated all-notes index,
 * so a page's HTML and RSC payload do not grow with the number of notes.
 */
export const INLINE_NOTES_MAX = 50;

export { ALL_NOTES_URL } from "./lists";

/** What the sidebar needs: plain, small data passed to a client component. */
export interface NavCategory {
  id: string;
  url: string;
  labels: LocalizedTexts;
  children: NavCategory[];
}

export interface NavNote {
  slug: string;
  title: string;
  lang: Lang;
  url: string;
  chapters: { slug: string; title: string; lang: Lang; url: string }[];
}

/** A folder of notes: its row links to its page (its index note or the generated list). */
export interface NavFolder {
  path: string;
  title: string;
  /** Language of the title when it comes from the index note. */
  lang: Lang | null;
  url: string;
  /** The index note's chapters, shown first inside the folder. */
  chapters: NavNote["chapters"];
  items: NavItem[];
}

export type NavItem = { kind: "note"; note: NavNote } | { kind: "folder"; folder: NavFolder };

export interface NavTree {
  areas: NavCategory[];
  /** The notes by folder, while the site has at most `INLINE_NOTES_MAX` notes; null above that. */
  items: NavItem[] | null;
  /** How many notes the site has (for "All notes (N)"). */
  noteCount: number;
  /**
   * Above the limit: the folders down to the current page, each holding only the next step, and
   * the current note with its chapters; null on the site's own pages and on small sites.
   */
  current: NavItem[] | null;
}

const toNav = (c: TaxonomyCategory): NavCategory => ({
  id: c.id,
  url: categoryUrl(c.id),
  labels: labelsByLocale(c.labels),
  children: c.children.map(toNav),
});

const navNote = (n: Note): NavNote => ({
  slug: n.slug,
  title: n.title,
  lang: n.lang,
  url: notePageUrl(n.slug),
  chapters: n.chapters.map((c) => ({ slug: c.slug, title: c.title, lang: c.lang, url: c.url })),
});

type NavModel = Pick<ContentModel, "notes" | "taxonomy"> & Partial<Pick<ContentModel, "folders">>;

/**
 * The sidebar's data for one page: the taxonomy, the notes by folder while they are few, and on
 * big sites the way down to the current note (`currentSlug`, on note and chapter pages) or folder
 * (`currentFolder`, on a folder's generated page).
 */
export function navTree(
  model: NavModel,
  currentSlug: string | null = null,
  inlineMax: number = INLINE_NOTES_MAX,
  currentFolder: string | null = null,
): NavTree {
  const inline = model.notes.length <= inlineMax;
  const bySlug = new Map(model.notes.map((n) => [n.slug as string, n]));
  const folders = new Map((model.folders ?? []).map((f) => [f.path, f]));
  const folderNav = (folder: Folder, items: NavItem[]): NavFolder => {
    const index = folder.index !== null ? bySlug.get(folder.index) : undefined;
    return {
      path: folder.path,
      title: folder.title,
      lang: index?.lang ?? null,
      url: notePageUrl(folder.slug),
      chapters: index ? navNote(index).chapters : [],
      items,
    };
  };
  const itemsOf = (folder: Folder): NavItem[] =>
    folder.entries.flatMap((e): NavItem[] => {
      if (e.kind === "note") {
        const note = bySlug.get(e.slug);
        return note ? [{ kind: "note", note: navNote(note) }] : [];
      }
      const sub = folders.get(e.path);
      return sub ? [{ kind: "folder", folder: folderNav(sub, itemsOf(sub)) }] : [];
    });
  const top = folders.get("");
  // A model without folders (older callers, tests): every note at the top.
  const allItems = (): NavItem[] =>
    top ? itemsOf(top) : model.notes.map((n) => ({ kind: "note", note: navNote(n) }));
  let current: NavItem[] | null = null;
  if (!inline) {
    const note = currentSlug !== null ? bySlug.get(currentSlug) : undefined;
    const start = note
      ? folders.get(note.folder)
      : currentFolder !== null
        ? folders.get(currentFolder)
        : undefined;
    // The note's own folder row when it is the folder's index; else the note inside its folder.
    const leaf: NavItem[] =
      note && !(start && start.index === note.slug) ? [{ kind: "note", note: navNote(note) }] : [];
    let chain: NavItem[] = leaf;
    for (
      let f = start;
      f && f.path !== "";
      f = f.parent === null ? undefined : folders.get(f.parent)
    ) {
      chain = [{ kind: "folder", folder: folderNav(f, chain) }];
    }
    current = chain.length ? chain : null;
  }
  return {
    areas: model.taxonomy.areas.map(toNav),
    items: inline ? allItems() : null,
    noteCount: model.notes.length,
    current,
  };
}
