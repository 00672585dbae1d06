import { describe, expect, it } from "vitest";
import { buildSearchArtifacts } from "@/lib/search/build";
import { createSearchClient } from "@/lib/search/client";
import { makeModel } from "./model-fixture";

const model = makeModel([
  {
    slug: "ja",
    title: "障害対応",
    lang: "ja",
    sections: [{ heading: "障害", anchor: "障害", body: "etcd の障害対応手順" }],
  },
  {
    slug: "ko",
    title: "백업",
    lang: "ko",
    sections: [{ heading: "백업", anchor: "백업", body: "etcd 백업과 복구" }],
  },
  {
    slug: "zh",
    title: "监控",
    lang: "zh-Hans",
    sections: [{ heading: "监控", anchor: "监控", body: "监控 etcd 集群" }],
  },
]);

function engineWithLog(shardBytes: number) {
  const { files } = buildSearchArtifacts(model, { shardBytes });
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const fetched: string[] = [];
  const engine = createSearchClient({
    base: "",
    fetch: async (input) => {
      const path = String(input);
      fetched.push(path);
      const content = byPath.get(path);
      return content === undefined
        ? new Response("", { status: 404 })
        : new Response(typeof content === "string" ? content : new Uint8Array(content));
    },
  });
  const shards = files.filter((f) => f.path.startsWith("p/")).length;
  return { engine, fetched, shards };
}

describe("SearchEngine.warm", () => {
  it("a small index: manifest and every shard before the first query, then only results", async () => {
    const { engine, fetched, shards } = engineWithLog(200);
    expect(shards).toBeGreaterThan(1);
    expect(shards).toBeLessThanOrEqual(4);
    await engine.warm();
    expect(fetched[0]).toBe("manifest.json");
    expect(fetched.filter((p) => p.startsWith("p/"))).toHaveLength(shards);
    const before = fetched.length;
    const response = await engine.search("etcd");
    expect(response.total).toBe(3);
    expect(fetched.slice(before).every((p) => p.startsWith("d/"))).toBe(true);
  });

  it("a larger index: only the manifest", async () => {
    const { engine, fetched, shards } = engineWithLog(200);
    await engine.warm(shards - 1);
    expect(fetched).toEqual(["manifest.json"]);
  });

  it("warming twice fetches nothing twice", async () => {
    const { engine, fetched } = engineWithLog(200);
    await Promise.all([engine.warm(), engine.warm()]);
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});
