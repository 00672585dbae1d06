import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildChecklistData } from "@/lib/portal/checklist-data";
import {
  ChecklistWireError,
  packChecklistData,
  unpackChecklistData,
} from "@/lib/portal/checklist-wire";
import { runPipeline } from "@/lib/content/pipeline";
import type { ContentModel } from "@/lib/content/types";
import { normalizeDocumentText } from "@/lib/search/normalize";

/**
 * `/checklist-items.json` sends the checklist data in a compact form; the page must get back
 * exactly what the server built (item URLs and search text are rebuilt in the browser).
 */
const fixtures = {
  seeds: "test/fixtures/seeds",
  content: "content",
  hostile: "test/fixtures/hostile",
  "taxonomy change": "test/fixtures/checklist/category-removed/after",
};

describe("checklist wire format", () => {
  for (const [name, dir] of Object.entries(fixtures)) {
    it(`round-trips the ${name} checklist data without loss, and is smaller`, async () => {
      const model = (await runPipeline({ contentDir: path.resolve(dir) })) as ContentModel;
      const data = buildChecklistData(model);
      expect(data.items.length).toBeGreaterThan(0);
      const wire = packChecklistData(data);
      const back = unpackChecklistData(JSON.parse(JSON.stringify(wire)), normalizeDocumentText);
      expect(back).toEqual(data);
      expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(data).length);
    });
  }

  it("keeps a chapter without a title, an item in another language and HTML that differs", () => {
    const data = {
      items: [
        {
          id: "n--a",
          checked: true,
          plain: "x",
          html: "<code>x</code>",
          search: normalizeDocumentText("x\nN\n"),
          note: "n",
          noteTitle: "N",
          noteLang: "ja",
          chapter: "c1",
          chapterTitle: null,
          url: "/notes/n/c1#task-n--a",
          lang: "en",
          taxonomy: [],
        },
      ],
      areas: [],
      langs: ["en"],
    } as unknown as ReturnType<typeof buildChecklistData>;
    expect(unpackChecklistData(packChecklistData(data), normalizeDocumentText)).toEqual(data);
  });

  it("refuses data of another format with a clear error", () => {
    expect(() => unpackChecklistData({ items: [] }, normalizeDocumentText)).toThrow(
      ChecklistWireError,
    );
    expect(() => unpackChecklistData(null, normalizeDocumentText)).toThrow(/expected 1/);
    const wire = packChecklistData({ items: [], areas: [], langs: [] });
    wire.items.push(["n--a", 0, "x", 0, 3, -1, 0, []]);
    expect(() => unpackChecklistData(wire, normalizeDocumentText)).toThrow(/missing note/);
  });
});
