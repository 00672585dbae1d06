import { describe, expect, it } from "vitest";
import type { ContentModel, NoteSlug } from "@/lib/content/types";
import { smallModel } from "./fixtures/small-model";
import { INLINE_NOTES_MAX, navTree } from "./nav";

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
    expect(tree.notes?.map((n) => n.slug)).toEqual(smallModel.notes.map((n) => n.slug));
    expect(tree.notes?.[0]?.chapters.map((c) => c.url)).toEqual([
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
    expect(tree.notes).toBeNull();
    expect(tree.noteCount).toBe(INLINE_NOTES_MAX + 1);
    expect(tree.current?.slug).toBe("ja-log-0");
    expect(tree.current?.chapters).toHaveLength(4);
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
