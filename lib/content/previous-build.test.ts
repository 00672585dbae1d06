/**
 * Saved ticks and bookmarks survive the move to URLs from paths: the seeds (test/fixtures/seeds)
 * keep every note URL, chapter URL, heading anchor and checklist item id that the build before it
 * made (test/fixtures/previous-build/seeds.json), and a reader's stored state from that build has
 * no orphan.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { findOrphans } from "@/lib/client/checklist-orphans";
import { parseStored } from "@/lib/client/checklist-schema";
import { runPipeline } from "./pipeline";
import type { ContentModel } from "./types";

interface PreviousNote {
  file: string;
  slug: string;
  chapters: string[];
  anchors: Record<string, string | null>;
  items: { id: string; url: string; text: string }[];
}
const previous = JSON.parse(readFileSync("test/fixtures/previous-build/seeds.json", "utf8")) as {
  commit: string;
  notes: PreviousNote[];
};

let model: ContentModel;
beforeAll(async () => {
  model = await runPipeline({ contentDir: "test/fixtures/seeds" });
});

describe(`the seeds as built before URLs came from paths (${previous.commit})`, () => {
  it("keep every note URL, chapter URL and heading anchor", () => {
    const now = model.notes.map((n) => ({
      file: n.path.split("/").pop(),
      slug: n.slug,
      chapters: n.chapters.map((c) => c.url),
      anchors: n.anchors,
    }));
    expect(now).toEqual(
      previous.notes.map((n) => ({
        file: n.file,
        slug: n.slug,
        chapters: n.chapters,
        anchors: n.anchors,
      })),
    );
  });

  it("keep every checklist item id and its URL", () => {
    const now = model.notes.flatMap((n) =>
      n.checklist.map((i) => ({ id: i.id, url: i.url, text: i.plain })),
    );
    const before = previous.notes.flatMap((n) => n.items);
    expect(before.length).toBeGreaterThan(30);
    expect(now).toEqual(before);
  });

  it("leave no orphan in a reader's saved ticks from that build", () => {
    const items = Object.fromEntries(
      previous.notes.flatMap((n) =>
        n.items.map((i, k) => [
          i.id,
          {
            checked: k % 2 === 0,
            updatedAt: "2026-12-01T09:00:00.000Z",
            text: i.text,
            note: n.slug,
          },
        ]),
      ),
    );
    const stored = parseStored(JSON.stringify({ version: 2, items, previous: null }));
    if (!stored.ok) throw new Error(stored.detail);
    const known = new Set(model.notes.flatMap((n) => n.checklist.map((i) => i.id as string)));
    expect(Object.keys(stored.state.items)).toHaveLength(
      previous.notes.flatMap((n) => n.items).length,
    );
    expect(findOrphans(stored.state, known)).toEqual([]);
  });
});
