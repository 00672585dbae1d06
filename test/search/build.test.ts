import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { buildSearchArtifacts, MANIFEST_PATH } from "@/lib/search/build";
import { decodeShard } from "@/lib/search/postings";
import {
  blockHash,
  docChunkSchema,
  facetsSchema,
  HASH_BLOCK,
  HASH_LENGTH,
  manifestSchema,
} from "@/lib/search/schema";
import { makeModel } from "./model-fixture";

const notes = [
  {
    slug: "a",
    title: "障害ノート",
    lang: "ja" as const,
    taxonomy: ["fault-tolerance/testing"],
    sections: [{ heading: "障害", anchor: "障害", body: "etcd の障害テスト" }],
  },
  {
    slug: "b",
    title: "監控",
    lang: "zh-Hant" as const,
    tags: ["docker"],
    sections: [{ heading: "監控", anchor: "監控", body: "要有監控" }],
  },
];

const text = (c: string | Uint8Array) => (typeof c === "string" ? c : new TextDecoder().decode(c));

describe("buildSearchArtifacts", () => {
  const { files } = buildSearchArtifacts(makeModel(notes), { shardBytes: 32 });
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const manifest = v.parse(manifestSchema, JSON.parse(text(byPath.get(MANIFEST_PATH)!)));

  it("writes relative paths; every file but the manifest has a content hash in its name", () => {
    for (const f of files) {
      expect(f.path).not.toMatch(/^\//);
      if (f.path !== MANIFEST_PATH)
        expect(f.path).toMatch(new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}\\.(bin|json)$`));
    }
  });

  it("names every shard and chunk in the manifest", () => {
    expect(manifest.docCount).toBe(2);
    expect(manifest.shards.hashes).toHaveLength(
      Math.ceil(manifest.shards.count / HASH_BLOCK) * HASH_LENGTH,
    );
    for (let i = 0; i < manifest.shards.count; i++) {
      const path = `p/${i}.${blockHash(manifest.shards.hashes, i)}.bin`;
      const shard = byPath.get(path);
      expect(shard, path).toBeInstanceOf(Uint8Array);
      decodeShard(shard as Uint8Array);
    }
    const chunk = v.parse(
      docChunkSchema,
      JSON.parse(text(byPath.get(`d/0.${blockHash(manifest.docs.hashes, 0)}.json`)!)),
    );
    expect(chunk.docs.map((d) => d.key)).toEqual(["a#障害", "b#監控"]);
    expect(manifest.facetLists).toEqual({
      langs: ["ja", "zh-Hant"],
      categories: ["fault-tolerance/testing"],
      tags: ["docker"],
    });
    expect(v.parse(facetsSchema, JSON.parse(text(byPath.get(manifest.facets)!)))).toEqual({
      groups: [
        [0, 0, [0], []],
        [1, 1, [], [0]],
      ],
    });
    expect(manifest.categories["fault-tolerance"]).toEqual({
      en: "Fault tolerance",
      ja: "耐障害性",
    });
  });

  it("renames files whose content changed", () => {
    const changed = buildSearchArtifacts(
      makeModel([notes[0]!, { ...notes[1]!, title: "監控 2" }]),
      { shardBytes: 32 },
    ).files;
    const before = new Set(files.map((f) => f.path));
    const after = new Set(changed.map((f) => f.path));
    const chunk = (s: Set<string>) => [...s].filter((p) => p.startsWith("d/"));
    expect(chunk(after)).toHaveLength(1);
    expect(before.has(chunk(after)[0]!)).toBe(false);
    // "2" is a new token, so at least one posting shard is new too
    expect([...after].filter((p) => p.startsWith("p/") && !before.has(p)).length).toBeGreaterThan(
      0,
    );
  });

  it("is deterministic", () => {
    const again = buildSearchArtifacts(makeModel(notes), { shardBytes: 32 }).files;
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
  });
});
