import { beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "@/lib/content/pipeline";
import type { ContentModel, NoteSlug } from "@/lib/content/types";
import { smallModel } from "./fixtures/small-model";
import { INLINE_NOTES_MAX, navTree, type NavItem, type NavNote } from "./nav";

const notesOf = (items: NavItem[] | null | undefined): NavNote[] =>
  (items ?? []).flatMap((i) => (i.kind === "note" ? [i.note] : notesOf(i.folder.items)));

/** The small model with its notes copied until it has `count` notes (slugs made unique). */
function modelWith(count: number): ContentModel {
  const notes = Array.from({ length: count }, (_, i) => {
    const base = smallModel.notes[i % smallModel.notes.length]!;
    return { ...base, slug: `${base.slug}-${i}` as NoteSlug };
  });
  return { ...smallModel, notes };
}

describe("navTree", () => {
  it("lists every note with its chapters while the site is small", () => {
    const tree = navTree(smallModel);
    expect(notesOf(tree.items).map((n) => n.slug)).toEqual(smallModel.notes.map((n) => n.slug));
    expect(notesOf(tree.items)[0]?.chapters.map((c) => c.url)).toEqual([
      "/notes/ja-log/chapter-1",
      "/notes/ja-log/chapter-2",
      "/notes/ja-log/chapter-3",
      "/notes/ja-log/chapter-4",
    ]);
    expect(tree.noteCount).toBe(5);
    // The current note is in the list already: no second copy.
    expect(navTree(smallModel, "ja-log").current).toBeNull();
  });

  it("keeps the taxonomy with its labels in every UI language", () => {
    const tree = navTree(smallModel);
    expect(tree.areas.map((a) => a.url)).toEqual([
      "/categories/capacity",
      "/categories/backup-restore",
    ]);
    expect(tree.areas[0]!.children.map((c) => c.url)).toEqual([
      "/categories/capacity/design",
      "/categories/capacity/testing",
    ]);
    expect(tree.areas[0]!.labels.ja.text).toBe("収容性");
  });

  it("drops the note list above the limit but keeps the current note and its chapters", () => {
    const model = modelWith(INLINE_NOTES_MAX + 1);
    const tree = navTree(model, "ja-log-0");
    expect(tree.items).toBeNull();
    expect(tree.noteCount).toBe(INLINE_NOTES_MAX + 1);
    expect(notesOf(tree.current).map((n) => n.slug)).toEqual(["ja-log-0"]);
    expect(notesOf(tree.current)[0]?.chapters).toHaveLength(4);
    expect(navTree(model).current).toBeNull();
    expect(navTree(model, "no-such-note").current).toBeNull();
  });

  it("does not grow with the number of notes once above the limit", () => {
    const size = (notes: number) => JSON.stringify(navTree(modelWith(notes), "ja-log-0")).length;
    const at100 = size(100);
    // Only the digits of the note count may change.
    expect(size(1_000) - at100).toBe(1);
    expect(size(10_000) - at100).toBe(2);
  });
});

describe("navTree over folders", () => {
  let sites: ContentModel;
  beforeAll(async () => {
    sites = await runPipeline({ contentDir: "test/fixtures/sites" });
  });
  const rows = (items: NavItem[] | null): string[] =>
    (items ?? []).map((i) => (i.kind === "note" ? `note ${i.note.url}` : `folder ${i.folder.url}`));

  it("groups notes by folder, in reading order, with folder rows that open the folder's page", () => {
    const tree = navTree(sites);
    expect(rows(tree.items)).toEqual([
      "folder /notes/hugo",
      "folder /notes/appendices",
      "folder /notes/chapters",
      "folder /notes/docs",
      "folder /notes/glossary",
      "folder /notes/reliability",
      "folder /notes/runbooks",
      "folder /notes/vault",
    ]);
    const docs = tree.items?.find((i) => i.kind === "folder" && i.folder.path === "docs");
    expect(docs?.kind === "folder" && rows(docs.folder.items)).toEqual([
      "note /notes/docs/intro",
      "folder /notes/docs/guides",
    ]);
  });

  it("on a big site shows only the way down to the current note", () => {
    const tree = navTree(sites, "docs/guides/backup", 10);
    expect(tree.items).toBeNull();
    const docs = tree.current?.[0];
    expect(docs?.kind === "folder" && docs.folder.path).toBe("docs");
    const guides = docs?.kind === "folder" ? docs.folder.items[0] : undefined;
    expect(guides?.kind === "folder" && rows(guides.folder.items)).toEqual([
      "note /notes/docs/guides/backup",
    ]);
    // A folder's generated page: the way down to the folder.
    expect(rows(navTree(sites, null, 10, "chapters").current)).toEqual(["folder /notes/chapters"]);
  });
});

describe("chapterPosition", () => {
  it("uses the note's own numbering, also past a merged empty chapter", async () => {
    const { chapterPosition } = await import("./folders");
    const model = await runPipeline({ contentDir: "test/fixtures/seeds" });
    const log = model.notes.find((n) => n.slug === "cloud-native-devops-study-log")!;
    const fourteen = log.chapters.find((c) => c.title.startsWith("14章"))!;
    expect(fourteen.index).toBe(12);
    expect(chapterPosition(log, fourteen)).toEqual({ key: "chapter.of", n: 14, total: 16 });
    const talks = model.notes.find((n) => n.slug === "keep-learning-k8s")!;
    expect(chapterPosition(talks, talks.chapters[2]!)).toEqual({
      key: "chapter.page",
      n: 3,
      total: 8,
    });
  });
});
