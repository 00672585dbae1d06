/** The user's own notes in content/: what the foundation issue expects the pipeline to make. */
import { beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import type { ContentModel, Note } from "./types";

let model: ContentModel;
const note = (slug: string): Note => {
  const n = model.notes.find((x) => x.slug === slug);
  if (!n) throw new Error(`no note ${slug}`);
  return n;
};

beforeAll(async () => {
  model = await runPipeline({ contentDir: "content" });
});

describe("the seed notes", () => {
  it("are all built", () => {
    expect(model.notes.map((n) => n.slug).sort()).toEqual([
      "cloud-native-devops-study-log",
      "k8s-design-link-index",
      "keep-learning-k8s",
      "kubernetes-first-steps",
      "weekly-08",
    ]);
  });

  it("001 has a page per chapter 1–16, with empty 13章 merged into 14章 and still listed", () => {
    const n = note("cloud-native-devops-study-log");
    const pages = n.chapters.map((c) => c.slug);
    expect(pages).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16].map((i) => `chapter-${i}`),
    );
    expect(n.chapterList).toHaveLength(16);
    const thirteen = n.chapterList.find((e) => e.title.startsWith("13章"));
    expect(thirteen).toMatchObject({ chapter: "chapter-14", merged: true });
    expect(n.chapters.find((c) => c.slug === "chapter-14")?.merged.map((m) => m.title)).toEqual([
      "13章 開発ワークフロー",
    ]);
    expect(n.overview).toContain("是非、買って読んで欲しい。");
    expect(n.title).toBe("[WIP]「Kubernetesで実践するクラウドネイティブDevOps」 学習ログ");
    expect(n.date).toBeNull();
    expect(n.dateText).toBe("2020-03-27-k8s-study-v01");
  });

  it("003 has six chapter pages (2…7) and 004 one page per talk after its own TOC", () => {
    expect(note("kubernetes-first-steps").chapters.map((c) => c.slug)).toEqual(
      [2, 3, 4, 5, 6, 7].map((i) => `chapter-${i}`),
    );
    const talks = note("keep-learning-k8s").chapters;
    expect(talks).toHaveLength(8);
    expect(talks[0]?.slug).toBe("kubecon-2019-doing-things-prometheus-cant-do-with-prometheus");
    expect(talks.map((t) => t.title)).not.toContain("History");
    expect(note("keep-learning-k8s").title).toBe("Keep learning project #2 : k8s");
  });

  it("000 and 002 stay single pages", () => {
    expect(note("k8s-design-link-index").chapters).toEqual([]);
    expect(note("weekly-08").chapters).toEqual([]);
  });

  it("detects each note's language", () => {
    expect(Object.fromEntries(model.notes.map((n) => [n.slug, n.lang]))).toEqual({
      "cloud-native-devops-study-log": "ja",
      "k8s-design-link-index": "ja",
      "keep-learning-k8s": "ko",
      "kubernetes-first-steps": "ja",
      "weekly-08": "zh-Hant",
    });
  });

  it("resolves every in-note anchor link", () => {
    expect(model.diagnostics.filter((d) => d.code === "anchor/unresolved")).toEqual([]);
  });

  it("files seed 000's link entries by its own TOC", () => {
    const links = note("k8s-design-link-index").links;
    const filed = (url: string) => links.find((l) => l.url.startsWith(url))?.taxonomy;
    expect(filed("https://nekop.github.io/")).toEqual(["capacity/design"]);
    expect(filed("https://www.1915keke.com/")).toEqual(["capacity/testing"]);
    expect(filed("https://qiita.com/tzkoba/")).toEqual(["fault-tolerance/testing"]);
    expect(filed("http://www.brendangregg.com/")).toEqual(["operability/incident-response"]);
    expect(filed("https://www.publickey1.jp/")).toEqual(["backup-restore"]);
  });

  it("collects 001's `- [ ] :` items without the colon and without the notation legend", () => {
    const items = note("cloud-native-devops-study-log").checklist;
    expect(items).toHaveLength(34);
    expect(items.every((i) => !i.text.startsWith(":") && !i.plain.startsWith("は"))).toBe(true);
    expect(items.map((i) => i.plain)).toContain("Velero");
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const velero = items.find((i) => i.plain === "Velero");
    expect(velero?.url).toBe(`/notes/cloud-native-devops-study-log/chapter-11#task-${velero?.id}`);
  });

  it("reports 001's invalid date with its line", () => {
    expect(model.diagnostics).toContainEqual({
      file: "content/notes/cloud-native-devops-study-log.md",
      line: 2,
      severity: "warning",
      code: "frontmatter/invalid-date",
      message:
        'date "2020-03-27-k8s-study-v01" is not a date; kept as text. Write YYYY-MM-DD to sort this note by date.',
    });
  });
});
