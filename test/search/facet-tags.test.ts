import * as v from "valibot";
import { describe, expect, it } from "vitest";
import type { NoteSlug } from "@/lib/content/types";
import { buildSearchArtifacts, facetTagLabels, MANIFEST_PATH } from "@/lib/search/build";
import { facetsSchema, manifestSchema } from "@/lib/search/schema";
import { createSearchClient } from "@/lib/search/client";
import { makeModel } from "./model-fixture";

const section = (heading: string, body: string) => ({ heading, anchor: heading, body });

/** Four notes spelling the same tags differently (case, full width), in four languages. */
const notes = [
  {
    slug: "ja-ops",
    title: "運用メモ",
    lang: "ja" as const,
    tags: ["Kubernetes", "運用"],
    sections: [section("障害", "etcd の障害対応")],
  },
  {
    slug: "ko-ops",
    title: "운영 메모",
    lang: "ko" as const,
    tags: ["Ｋｕｂｅｒｎｅｔｅｓ", "운영"],
    sections: [section("백업", "etcd 백업 절차")],
  },
  {
    slug: "zh-ops",
    title: "監控筆記",
    lang: "zh-Hant" as const,
    tags: ["kubernetes", "監控"],
    sections: [section("監控", "etcd 監控")],
  },
  {
    slug: "en-ops",
    title: "Ops notes",
    lang: "en" as const,
    tags: ["Kubernetes", "  ", "On-call"],
    sections: [section("Upgrades", "etcd upgrades")],
  },
];

describe("facetTagLabels", () => {
  const label = facetTagLabels(
    notes.map((n) => ({ note: n.slug as NoteSlug, lang: n.lang, tags: n.tags })),
  );
  it.each<[string, string]>([
    ["Kubernetes", "Kubernetes"],
    ["kubernetes", "Kubernetes"],
    ["Ｋｕｂｅｒｎｅｔｅｓ", "Kubernetes"],
    ["KUBERNETES", "Kubernetes"],
    ["運用", "運用"],
    ["운영", "운영"],
    ["監控", "監控"],
    ["on-call", "On-call"],
  ])("%s → %s", (tag, expected) => {
    expect(label(tag)).toBe(expected);
  });
});

describe("the search tag facet", () => {
  const { files } = buildSearchArtifacts(makeModel(notes));
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const json = (path: string) => JSON.parse(String(byPath.get(path))) as unknown;
  const manifest = v.parse(manifestSchema, json(MANIFEST_PATH));

  it("lists a tag once whatever its case or width, as the tag pages do", () => {
    expect([...manifest.facetLists.tags].sort()).toEqual(
      ["Kubernetes", "On-call", "運用", "운영", "監控"].sort(),
    );
    const kubernetes = manifest.facetLists.tags.indexOf("Kubernetes");
    const groups = v.parse(facetsSchema, json(manifest.facets)).groups;
    expect(groups.filter((g) => g[3].includes(kubernetes))).toHaveLength(4);
  });

  it("filtering by the merged tag finds the notes of every spelling", async () => {
    const engine = createSearchClient({
      base: "",
      fetch: async (input) => {
        const content = byPath.get(String(input));
        return content === undefined
          ? new Response("", { status: 404 })
          : new Response(typeof content === "string" ? content : new Uint8Array(content));
      },
    });
    const response = await engine.search("etcd", { filters: { tags: ["Kubernetes"] } });
    expect(response.results.map((r) => r.doc.note).sort()).toEqual(
      ["en-ops", "ja-ops", "ko-ops", "zh-ops"].sort(),
    );
  });
});
