/** Unit tests of the harness's pure parts; they need no corpora and measure nothing. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CliExit } from "../cli";
import { makeCorpus, seededRandom, splitSections } from "./corpus";
import { firstLoadUrls } from "./firstload";
import { checkBudgets, type Budget, type SizeResult } from "./results";
import { mergeResults, parseRunArgs } from "./run";
import { isHashedSearchFile } from "./search-adapter";
import { pickQueryFigures } from "./search-results";

describe("splitSections", () => {
  it.each([
    [
      "ja",
      "# 概要\n\nKubernetesクラスターは以下のコンポーネントで構成されます。マスターノードとワーカーノードがあり、それぞれ役割が違います。\n",
      "概要",
    ],
    [
      "zh",
      "## 部署 {#deploy}\n\n本节介绍如何在生产环境中部署 Kubernetes 集群，包括证书、网络插件和存储的配置方法，以及常见问题。\n",
      "部署",
    ],
    [
      "zh",
      "## 部署\n\n本節介紹如何在生產環境中部署 Kubernetes 叢集，包括憑證、網路外掛程式和儲存的設定方法，以及常見問題。\n",
      "部署",
    ],
    [
      "ko",
      "## 기존 페이지의 일부분에 React 사용하기 {/*using-react*/}\n\n이미 다른 기술로 빌드된 기존 페이지가 있고, 해당 페이지 어딘가에 상호작용할 수 있는 React 컴포넌트를 렌더링하고 싶다고 가정하겠습니다.\n",
      "기존 페이지의 일부분에 React 사용하기",
    ],
    [
      "en",
      "### Deploy the cluster ###\n\nThis section shows how to deploy a production cluster with certificates, a network plugin and storage classes.\n",
      "Deploy the cluster",
    ],
  ] as const)("%s: the heading is clean text (%s)", (lang, md, heading) => {
    expect(splitSections(md, lang)).toEqual([{ lang, heading, body: md.split("\n\n")[1]!.trim() }]);
  });

  it("does not split inside code fences and drops frontmatter and short sections", () => {
    const md =
      "---\ntitle: x\n---\n# Short\n\ntoo short\n\n# Long\n\n```sh\n# not a heading\nkubectl get pods --all-namespaces -o wide | grep -v Running | sort\n```\n";
    const sections = splitSections(md, "en");
    expect(sections.map((s) => s.heading)).toEqual(["Long"]);
    expect(sections[0]!.body).toContain("# not a heading");
  });
});

describe("seededRandom", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("makeCorpus without the shared corpora", () => {
  it("says which folders are missing and how to fix it", async () => {
    await expect(
      makeCorpus({ notes: 1, outDir: "/tmp/unused", corporaDir: "/nonexistent/corpora" }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[CorporaMissingError: The benchmark corpora are missing: /nonexistent/corpora/ja-k8s-demo, /nonexistent/corpora/zh-k8s-handbook, /nonexistent/corpora/ko-react-docs not found. Put ja-k8s-demo, zh-k8s-handbook and ko-react-docs in /nonexistent/corpora (or set SHIORI_CORPORA_DIR to the folder that holds them).]`,
    );
    await expect(
      makeCorpus({ notes: 0, outDir: "/tmp/unused" }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: makeCorpus: notes must be a positive whole number, got 0.]`,
    );
  });
});

describe("firstLoadUrls", () => {
  it("counts module scripts and script preloads, skips noModule polyfills, and finds /_search/ files", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
      '<link rel="preload" as="fetch" href="/_search/manifest.0123abcd.json"/>',
      '<script src="/_next/static/chunks/b.js" async=""></script>',
      '<script src="/_next/static/chunks/c.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>self.__next_f.push([1,"/_search/not-a-load"])</script>',
    ].join("");
    expect(firstLoadUrls(html)).toEqual({
      scripts: ["/_next/static/chunks/b.js", "/_next/static/chunks/c.js"],
      search: ["/_search/manifest.0123abcd.json"],
    });
  });
});

const size = (over: Partial<SizeResult>): SizeResult => ({
  notes: 1000,
  corpus: { files: 1000, bytes: 1, ms: 1 },
  pipeline: { skipped: "x" },
  searchIndex: { skipped: "x" },
  build: { skipped: "x" },
  firstLoad: { skipped: "x" },
  rebuild: { skipped: "x" },
  query: { skipped: "x" },
  server: { skipped: "x" },
  ...over,
});

describe("checkBudgets", () => {
  const budget = (metric: string, max: number, notes = 1000): Budget => ({
    id: metric.toLowerCase(),
    label: metric,
    metric,
    notes,
    max,
    unit: "ms",
  });

  it("reports met, missed and not measured from the figures of the matching size", () => {
    const r = size({
      rebuild: {
        edited: "notes/x.md",
        prebuildMs: 800,
        parsed: 1,
        cached: 999,
        nextBuildMs: 60_000,
        nextBuildCpuMs: 50_000,
        totalMs: 60_800,
      },
    });
    const checks = checkBudgets(
      [
        budget("rebuildPrebuildMs", 10_000),
        budget("rebuildTotalMs", 10_000),
        budget("buildMs", 120_000),
        budget("rebuildPrebuildMs", 10_000, 10_000),
      ],
      [r],
    );
    expect(checks.map((c) => [c.metric, c.notes, c.actual, c.status])).toEqual([
      ["rebuildPrebuildMs", 1000, 800, "met"],
      ["rebuildTotalMs", 1000, 60_800, "missed"],
      ["buildMs", 1000, null, "not measured"],
      ["rebuildPrebuildMs", 10_000, null, "not measured"],
    ]);
  });

  it("reads the server --watch edit → page figure, and none when it was not measured", () => {
    const server = {
      prebuildMs: 1500,
      notes: 1000,
      nextBuildMs: 40_000,
      nextBuildCpuMs: 50_000,
      prerenderedNotePages: 0,
      chapterFirstMs: 300,
      chapterCachedMs: 100,
      chapterBytes: 50_000,
      dashboardMs: 200,
      dashboardBytes: 80_000,
    };
    const measured = size({
      server: {
        ...server,
        watchEdit: {
          edited: "1000/notes/ja/001/n00333.md",
          editToPageMs: 2400,
          prebuildMs: 1900,
          parsed: 1,
          cached: 999,
        },
      },
    });
    const failed = size({ server: { ...server, watchEdit: { skipped: "failed: timeout" } } });
    const older = size({ server });
    expect(
      [measured, failed, older].map(
        (r) => checkBudgets([budget("serverWatchEditMs", 10_000)], [r])[0]!.status,
      ),
    ).toEqual(["met", "not measured", "not measured"]);
    expect(checkBudgets([budget("serverWatchEditMs", 10_000)], [measured])[0]!.actual).toBe(2400);
  });

  it("names the metrics there are when a budget names one that is not", () => {
    expect(() => checkBudgets([budget("fastness", 1)], [])).toThrowErrorMatchingInlineSnapshot(
      `[Error: bench/budgets.json: budget "fastness" names metric "fastness", which does not exist. Use one of: pipelinePlusSearchMs, peakRssMB, buildMs, rebuildPrebuildMs, rebuildTotalMs, serverWatchEditMs, firstLoadChapterKB, firstLoadSearchFiles, queryP95Ms, firstQueryKB.]`,
    );
  });
});

describe("pickQueryFigures", () => {
  it("takes the Chromium figures for the size asked for, not the Node ones", () => {
    const data = {
      node: { "10000": { p50: 0.1, p95: 0.3 } },
      chromium: [
        { notes: 1000, p50Ms: 0.4, p95Ms: 1.2, firstQueryBytes: 90_000, queries: 200 },
        { notes: 10000, p50Ms: 0.9, p95Ms: 3.1, firstQueryBytes: 210_000, queries: 200 },
      ],
    };
    expect(pickQueryFigures(data, 10000, "/x/bench/search-results.json")).toMatchObject({
      p50Ms: 0.9,
      p95Ms: 3.1,
      firstQueryBytes: 210_000,
      queries: 200,
    });
    expect(pickQueryFigures(data, 100, "/x/search-results.json")).toEqual({
      skipped: "search: search-results.json has no p50/p95 for 100 notes",
    });
  });
});

describe("parseRunArgs", () => {
  /** The exit code and the first line parseRunArgs printed for bad arguments. */
  function refused(argv: string[]) {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => void err.push(t) };
    try {
      parseRunArgs(argv, io);
    } catch (error) {
      if (!(error instanceof CliExit)) throw error;
      return { code: error.code, line: err.join("").split("\n")[0] };
    }
    return { code: null, line: err.join("").split("\n")[0] };
  }

  it("reads sizes with k and parts, and says what is wrong", () => {
    expect(parseRunArgs(["--sizes", "100,1k,10_000", "--parts", "pipeline,query"])).toEqual({
      sizes: [100, 1000, 10000],
      parts: new Set(["pipeline", "query"]),
    });
    expect(refused(["--parts", "pipeline,speed"])).toEqual({
      code: 2,
      line: "bench: --parts: unknown part speed; the parts are pipeline, build, rebuild, query, server. Run with --help for the options.",
    });
    expect(refused(["--sizes", "ten"])).toEqual({
      code: 2,
      line: "bench: --sizes takes whole numbers separated by commas, e.g. --sizes 100,1000. Run with --help for the options.",
    });
    expect(refused(["--size", "100"])).toEqual({
      code: 2,
      line: "bench: unknown option --size. Run with --help for the options.",
    });
  });

  it("keeps every other option as before", () => {
    expect(
      parseRunArgs([
        "--build-sizes=100",
        "--rebuild-size",
        "1k",
        "--server-sizes",
        "1000",
        "--search-bench",
        "--merge",
        "--work",
        "w",
        "--corpus",
        "c",
        "--no-out",
      ]),
    ).toEqual({
      buildSizes: [100],
      rebuildSize: 1000,
      serverSizes: [1000],
      searchBench: true,
      merge: true,
      workDir: path.resolve("w"),
      corpusDir: path.resolve("c"),
      out: null,
    });
    expect(parseRunArgs(["--out", "r.json"])).toEqual({ out: path.resolve("r.json") });
    expect(refused(["--out", "r.json", "--no-out"]).line).toBe(
      "bench: give --out FILE or --no-out, not both. Run with --help for the options.",
    );
  });
});

describe("isHashedSearchFile", () => {
  it.each([
    ["p/0.AbC-_x12.bin", true],
    ["/p/12.0123abcd.bin", true],
    ["b/AbC-_x12.bin", true],
    ["d/3.zz_Y-09a.json", true],
    ["f.0123abcd.json", true],
    ["manifest.json", false],
    ["/manifest.json", false],
    ["p/0.short.bin", false],
  ])("%s → %s", (file, hashed) => {
    expect(isHashedSearchFile(file)).toBe(hashed);
  });
});

describe("mergeResults", () => {
  it("keeps earlier figures only for parts this run did not request, and sizes it did not run", () => {
    const rebuild = {
      edited: "notes/x.md",
      prebuildMs: 1,
      parsed: 1,
      cached: 9,
      nextBuildMs: 2,
      nextBuildCpuMs: 2,
      totalMs: 3,
    };
    const before = [
      size({ notes: 100 }),
      size({ notes: 1000, rebuild, query: { skipped: "old reason" } }),
    ];
    const now = [
      size({
        notes: 1000,
        rebuild: { skipped: "not requested (--parts without rebuild)" },
        query: { skipped: "search: new reason" },
      }),
    ];
    const merged = mergeResults(before, now);
    expect(merged.map((r) => r.notes)).toEqual([100, 1000]);
    expect(merged[1]!.rebuild).toEqual(rebuild);
    expect(merged[1]!.query).toEqual({ skipped: "search: new reason" });
  });
});
