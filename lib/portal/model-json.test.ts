import path from "node:path";
import { describe, expect, it } from "vitest";
import { checklistData } from "@/app/(site)/checklist/data";
import { unpackChecklistData } from "@/components/checklist/wire";
import { runPipeline } from "@/lib/content/pipeline";
import type { ContentModel } from "@/lib/content/types";
import { normalizeText } from "@/lib/search/normalize";
import { MODEL_JSON_ROUTES, modelJsonRoute } from "./model-json";
import { progressSource } from "./progress";

describe("JSON files built from the content model", () => {
  it("carry the hash the pages put in their URL, and the data the pages expect", async () => {
    const model = (await runPipeline({ contentDir: path.resolve("content") })) as ContentModel;
    const items = MODEL_JSON_ROUTES["/checklist-items.json"](model);
    expect(checklistData(model).url).toBe(`/checklist-items.json?v=${items.hash}`);
    expect(unpackChecklistData(JSON.parse(JSON.stringify(items.body)), normalizeText)).toEqual(
      checklistData(model).data,
    );
    const progress = MODEL_JSON_ROUTES["/checklist-progress.json"](model);
    expect(progressSource(model).url).toBe(`/checklist-progress.json?v=${progress.hash}`);
    expect(progress.body).toBe(progressSource(model).file);
  });

  it("are looked up by exact path only", () => {
    expect(modelJsonRoute("/checklist-items.json")).toBe(
      MODEL_JSON_ROUTES["/checklist-items.json"],
    );
    expect(modelJsonRoute("/checklist-items.json/x")).toBeUndefined();
    expect(modelJsonRoute("/constructor")).toBeUndefined();
    expect(modelJsonRoute("/__proto__")).toBeUndefined();
  });
});
