import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildChecklistData } from "@/lib/portal/checklist-data";
import { unpackChecklistData } from "@/lib/portal/checklist-wire";
import { runPipeline } from "@/lib/content/pipeline";
import type { ContentModel } from "@/lib/content/types";
import { normalizeDocumentText } from "@/lib/search/normalize";
import {
  checklistItemsFile,
  checklistProgressFile,
  MODEL_JSON_FILES,
  modelJsonFile,
} from "./model-json";

describe("JSON files built from the content model", () => {
  it("are addressed by a hash of what they hold, built once per model", async () => {
    const model = (await runPipeline({ contentDir: path.resolve("content") })) as ContentModel;
    const items = checklistItemsFile(model);
    expect(items.url).toBe(`/checklist-items.json?v=${items.hash}`);
    expect(items.hash).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(checklistItemsFile(model)).toBe(items);
    expect(
      unpackChecklistData(JSON.parse(JSON.stringify(items.body)), normalizeDocumentText),
    ).toEqual(buildChecklistData(model));
    const progress = checklistProgressFile(model);
    expect(progress.url).toBe(`/checklist-progress.json?v=${progress.hash}`);
    expect(progress.hash).not.toBe(items.hash);

    // A model with one item ticked by default in the source is another file at another URL.
    const changed: ContentModel = {
      ...model,
      notes: model.notes.map((n, i) =>
        i === 0
          ? {
              ...n,
              checklist: n.checklist.map((c, k) => (k === 0 ? { ...c, checked: !c.checked } : c)),
            }
          : n,
      ),
    };
    expect(model.notes[0]!.checklist.length).toBeGreaterThan(0);
    expect(checklistItemsFile(changed).url).not.toBe(items.url);
    expect(checklistProgressFile(changed).url).not.toBe(progress.url);
  });

  it("are looked up by exact path only", () => {
    expect(modelJsonFile("/checklist-items.json")).toBe(MODEL_JSON_FILES["/checklist-items.json"]);
    expect(modelJsonFile("/checklist-progress.json")).toBe(checklistProgressFile);
    expect(modelJsonFile("/checklist-items.json/x")).toBeUndefined();
    expect(modelJsonFile("/constructor")).toBeUndefined();
    expect(modelJsonFile("/__proto__")).toBeUndefined();
  });
});
