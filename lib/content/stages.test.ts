import { describe, expect, it } from "vitest";
import { createAnchorResolver } from "./anchors";
import { chapterNumber, chapterSlugs } from "./chapters";
import { isLegend } from "./checklist";
import { formatDiagnostic, Reporter } from "./diagnostics";
import { readFrontmatter, parseIsoDay } from "./frontmatter";
import { checklistId } from "./ids";
import { detectLanguage } from "./language";
import { normaliseNewlines } from "./load";
import { parseFence } from "./render";
import { parseTaxonomy, TaxonomyError } from "./taxonomy";
import type { NoteSlug } from "./types";

describe("frontmatter", () => {
  const read = (text: string) => {
    const r = new Reporter("content/notes/x.md");
    return {
      result: readFrontmatter(text, r),
      messages: r.items.map((d) => `${d.file}:${d.line} ${d.message}`),
    };
  };

  it("keeps an invalid date as text and says how to fix it", () => {
    const { result, messages } = read("---\ntitle: x\ndate: 2020-03-27-k8s-study-v01\n---\nbody\n");
    expect(result.isoDate).toBeNull();
    expect(result.dateText).toBe("2020-03-27-k8s-study-v01");
    expect(messages).toEqual([
      'content/notes/x.md:3 date "2020-03-27-k8s-study-v01" is not a date; kept as text. Write YYYY-MM-DD to sort this note by date.',
    ]);
  });

  it("splits tags given as one string and reports it", () => {
    const { result, messages } = read('---\ntags: "a, b"\n---\n');
    expect(result.data.tags).toEqual(["a", "b"]);
    expect(messages).toEqual([
      'content/notes/x.md:2 tags is one string "a, b"; split at the commas into 2 tags. Write it as a YAML list (tags: [a, b]) to silence this.',
    ]);
  });

  it("reports invalid YAML with its line and still gives the body", () => {
    const { result, messages } = read("---\ntitle: [unclosed\n---\n本文\n");
    expect(result.body).toBe("本文\n");
    expect(result.bodyLineOffset).toBe(3);
    expect(messages[0]).toMatch(
      /^content\/notes\/x\.md:\d+ the frontmatter is not valid YAML \(.+\); it is ignored and the note is built from its text\./,
    );
  });

  // Line numbers are file lines: line 1 is the opening fence.
  it.each([
    [
      "a flow list left open points at its [",
      "---\ntitle: x\ntags: [k8s, 監視\ndate: 2023-04-01\n---\n本文\n",
      3,
      "missed comma between flow collection entries: the [ on this line is never closed",
    ],
    [
      "a flow list open to the end points at its [",
      "---\n# 注釈\ntitle: [unclosed\n---\n",
      3,
      "unexpected end of the stream within a flow collection: the [ on this line is never closed",
    ],
    [
      "a flow mapping left open points at its {",
      "---\nmeta: {a: 1\ntitle: 제목\n---\n",
      2,
      "missed comma between flow collection entries: the { on this line is never closed",
    ],
    [
      "a bad mapping points at its own line",
      "---\ntitle: x\nsummary: a: b\n---\n",
      3,
      "bad indentation of a mapping entry",
    ],
    [
      "a tab indent points at its own line",
      "---\ntags:\n\t- a\n---\n",
      3,
      "tab characters must not be used in indentation",
    ],
    [
      "TOML points at its line",
      '+++\ntitle = "x"\ndate = \n+++\n',
      3,
      "Invalid TOML document: invalid value",
    ],
  ])("%s", (_, text, line, reason) => {
    const r = new Reporter("content/notes/x.md");
    readFrontmatter(text, r);
    expect(r.items.map((d) => [d.line, d.code])).toEqual([[line, "frontmatter/invalid"]]);
    expect(r.items[0]!.message).toContain(`(${reason});`);
  });

  it("treats an unclosed fence as text", () => {
    const { result, messages } = read("---\ntitle: x\nno end\n");
    expect(result.body).toBe("---\ntitle: x\nno end\n");
    expect(messages).toEqual([
      "content/notes/x.md:1 the file starts with a frontmatter fence (---) that is never closed; the whole file is shown as text. Add a closing --- line after the frontmatter.",
    ]);
  });

  it.each([
    ["title: 123", { title: "123" }, "frontmatter/title-type"],
    ['draft: "no"', { draft: false }, "frontmatter/draft-type"],
    ["lang: zh-TW", { lang: "zh-Hant" }, "frontmatter/lang-alias"],
    ["lang: klingon", {}, "frontmatter/lang"],
  ])("coerces %s", (line, expected, code) => {
    const r = new Reporter("x.md");
    const { data } = readFrontmatter(`---\n${line}\n---\n`, r);
    expect(data).toEqual(expected);
    expect(r.items.map((d) => d.code)).toEqual([code]);
  });

  it("reads Hugo TOML frontmatter", () => {
    const { result, messages } = read(
      '+++\ntitle = "T"\ndate = 2021-05-06\ntags = ["a"]\n+++\nbody',
    );
    expect(result.data).toMatchObject({ title: "T", tags: ["a"] });
    expect(result.isoDate).toBe("2021-05-06");
    expect(messages).toEqual([]);
  });

  it.each([
    ["2022-04-03", "2022-04-03"],
    ["2022-04-03T14:31:10+08:00", "2022-04-03"],
    ["2020-13-45", null],
    ["2020-02-30", null],
    ["2020-03-27-k8s-study-v01", null],
  ])("parseIsoDay(%s) = %s", (input, expected) => {
    expect(parseIsoDay(input)).toBe(expected);
  });
});

describe("language detection", () => {
  it.each([
    ["Kubernetesで実践するクラウドネイティブDevOps", "ja"],
    ["ﾊﾞｯｸｱｯﾌﾟを取る", "ja"],
    ["因為在非 linux 下，需要額外的 linux backend，雖然說目前 QEMU 已經幫助很多", "zh-Hant"],
    ["QEMU是一款由法布里斯·贝拉等人编写的免费的可执行硬件虚拟化的开源托管虚拟机", "zh-Hans"],
    ["발표자는 Prometheus 메트릭을 백업하는 방법을 설명했다", "ko"],
    ["I played around with Minikube and EKS to understand Kubernetes.", "en"],
  ])("%s → %s", (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });
});

describe("chapters", () => {
  it.each([
    ["1章 クラウドでの革命", 1],
    ["第3章 設計", 3],
    ["2 Kubernetes最初の一歩", 2],
    ["Chapter 4 Objects", 4],
    ["Kubernetesアンチパターン", null],
    ["k8s 障害", null],
  ])("chapterNumber(%s) = %s", (title, n) => {
    expect(chapterNumber(title)).toBe(n);
  });

  it("makes URL-safe chapter slugs", () => {
    expect(
      chapterSlugs(
        [
          "1章 クラウド",
          "2章 続き",
          "Vitess: Sharded MySQL on Kubernetes",
          "백업과 복구",
          "Vitess: Sharded MySQL on Kubernetes",
        ],
        false,
      ),
    ).toEqual([
      "section-1",
      "section-2",
      "vitess-sharded-mysql-on-kubernetes",
      "section-4",
      "vitess-sharded-mysql-on-kubernetes-2",
    ]);
    expect(chapterSlugs(["1章 クラウド", "2章 続き"], true)).toEqual(["chapter-1", "chapter-2"]);
  });
});

describe("anchors", () => {
  const resolve = createAnchorResolver([
    "kubernetesアンチパターン",
    "kubernetes-原来-k8s-pod也有生命周期",
    "spotifyがミスによりkubernetesの本番クラスタを二度も削除",
    "백업과-복구",
  ]);
  it.each([
    ["#Kubernetesアンチパターン", "kubernetesアンチパターン"],
    ["#kubernetes-原来-k8s-pod也有生命周期", "kubernetes-原来-k8s-pod也有生命周期"],
    [
      "#SpotifyがミスによりKubernetesの本番クラスタを二度も削除",
      "spotifyがミスによりkubernetesの本番クラスタを二度も削除",
    ],
    ["#%E3%83%90%E3%83%83%E3%82%AF", null],
    ["#백업과-복구", "백업과-복구"],
    ["#%EB%B0%B1%EC%97%85%EA%B3%BC-%EB%B3%B5%EA%B5%AC", "백업과-복구"],
    ["#does-not-exist", null],
  ])("%s → %s", (fragment, anchor) => {
    expect(resolve(fragment)).toBe(anchor);
  });
});

describe("checklist ids", () => {
  const note = "study-log" as NoteSlug;
  it("depend on the text, not the position, and fold width, case and spaces", () => {
    expect(checklistId(note, "ResourceQuotaでNamespaceに対してのリソース制限")).toBe(
      checklistId(note, "  ｒｅｓｏｕｒｃｅquotaでnamespaceに対してのリソース制限 "),
    );
    expect(checklistId(note, "LimitRange,  デフォルト")).toBe(
      checklistId(note, "limitrange, デフォルト"),
    );
    expect(checklistId(note, "Velero")).not.toBe(checklistId(note, "Velero2"));
    expect(checklistId(note, "Velero", 2)).toBe(`${checklistId(note, "Velero")}-2`);
    expect(checklistId(note, "Velero")).toMatch(/^study-log--[A-Za-z0-9]{10}$/);
  });
  it.each([
    ["は本番環境ではチェックしておいた方がいいもの", true],
    ["ResourceQuotaでNamespaceに対してのリソース制限", false],
    ["는 운영 환경에서 확인할 항목", true],
    ["是需要检查的项目", true],
    ["Velero", false],
  ])("isLegend(%s) = %s", (text, legend) => {
    expect(isLegend(text)).toBe(legend);
  });
});

describe("diagnostic lines", () => {
  it("escape control characters so a note cannot drive the terminal", () => {
    expect(
      formatDiagnostic({
        file: "content/notes/a\u001b[31m.md",
        line: 3,
        severity: "warning",
        code: "note/empty",
        message: "bad \u0007 title",
      }),
    ).toBe("content/notes/a\\u001b[31m.md:3 warning note/empty: bad \\u0007 title");
  });
});

describe("load", () => {
  it("strips a BOM and normalises CRLF and CR", () => {
    expect(normaliseNewlines("\ufeffa\r\nb\rc\n")).toBe("a\nb\nc\n");
  });
});

describe("code fences", () => {
  it.each([
    ["yaml:deployment.yaml", null, { language: "yaml", file: "deployment.yaml" }],
    ["js", 'title="app.js"', { language: "js", file: "app.js" }],
    ["bash", null, { language: "bash", file: null }],
    [null, null, { language: null, file: null }],
    [":only-file.txt", null, { language: null, file: "only-file.txt" }],
  ])("parseFence(%s, %s)", (lang, meta, expected) => {
    expect(parseFence(lang, meta)).toEqual(expected);
  });
});

describe("taxonomy file", () => {
  it("is a clear error when broken", () => {
    expect(() =>
      parseTaxonomy(
        "areas:\n  - id: Bad Id\n    labels: {en: x, ja: y}\n",
        "content/taxonomy.yaml",
      ),
    ).toThrowError(
      new TaxonomyError(
        "content/taxonomy.yaml",
        null,
        "does not match the taxonomy schema at areas.0.id: must be lowercase ASCII letters, digits and -. Each area needs id, labels.en and labels.ja; subcategory ids look like area/sub.",
      ),
    );
    expect(() => parseTaxonomy("areas: [", "t.yaml")).toThrowError(
      /^t\.yaml:\d+ is not valid YAML/,
    );
  });

  it("refuses a category id that would collide with the page addresses of category lists", () => {
    const source = [
      "areas:",
      "  - id: ops",
      "    labels: {en: Ops, ja: 運用}",
      "    children:",
      "      - id: ops/page # the pager's own segment",
      "        labels: {en: Paging, ja: ページ}",
      "",
    ].join("\n");
    expect(() => parseTaxonomy(source, "content/taxonomy.yaml")).toThrowError(
      new TaxonomyError(
        "content/taxonomy.yaml",
        5,
        'uses "page" in the id "ops/page", but category pages use /page/N for their later pages. Rename it (for example "ops/pages").',
      ),
    );
    expect(() => parseTaxonomy(source.replace("ops/page", "ops/paging"), "t.yaml")).not.toThrow();
  });

  it("points at the second of two equal ids", () => {
    const source =
      "areas:\n  - id: a\n    labels: {en: A, ja: A}\n  - id: a\n    labels: {en: B, ja: B}\n";
    expect(() => parseTaxonomy(source, "t.yaml")).toThrowError('t.yaml:4 has the id "a" twice');
  });
});
