import { describe, expect, it } from "vitest";
import { langOfTag, notePath, segmentSlug, siteFolder } from "./paths";

describe("notePath: a note's URL is its path without the extension", () => {
  it.each([
    // [path below the content folder, slug, folder, index?, language, translation key]
    ["notes/weekly-08.md", "weekly-08", "", false, null, "weekly-08"],
    ["weekly-08.md", "weekly-08", "", false, null, "weekly-08"],
    [
      "chapters/chapter03/index.md",
      "chapters/chapter03",
      "chapters/chapter03",
      true,
      null,
      "chapters/chapter03",
    ],
    [
      "appendices/appendix-b/README.md",
      "appendices/appendix-b",
      "appendices/appendix-b",
      true,
      null,
      "appendices/appendix-b",
    ],
    ["hugo/posts/_index.md", "hugo/posts", "hugo/posts", true, null, "hugo/posts"],
    ["index.md", "", "", true, null, ""],
    ["notes/README.markdown", "", "", true, null, ""],
    [
      "glossary/ja/autoscaling.md",
      "glossary/ja/autoscaling",
      "glossary/ja",
      false,
      "ja",
      "glossary/autoscaling",
    ],
    [
      "glossary/zh-TW/autoscaling.md",
      "glossary/zh-tw/autoscaling",
      "glossary/zh-TW",
      false,
      "zh-Hant",
      "glossary/autoscaling",
    ],
    ["zh-cn/备份.md", "zh-cn/note-conyq7rl", "zh-cn", false, "zh-Hans", "备份"],
    ["ko/백업 절차.md", "ko/note-ifoud92t", "ko", false, "ko", "백업 절차"],
    ["runbooks/oncall.ko.md", "runbooks/oncall-ko", "runbooks", false, "ko", "runbooks/oncall"],
    [
      "runbooks/oncall.zh-hans.md",
      "runbooks/oncall-zh-hans",
      "runbooks",
      false,
      "zh-Hans",
      "runbooks/oncall",
    ],
    ["en/README.md", "en", "en", true, "en", ""],
    [
      "vault/Incident Response.md",
      "vault/incident-response",
      "vault",
      false,
      null,
      "vault/incident response",
    ],
    ["vault/障害対応.md", "vault/note-btxrmuwr", "vault", false, null, "vault/障害対応"],
    ["kubernetes.io.md", "kubernetesio", "", false, null, "kubernetes.io"],
  ] as const)("%s → /notes/%s", (rel, slug, folder, isIndex, lang, key) => {
    expect(notePath(rel)).toEqual({ rel, slug, folder, isIndex, lang, translationKey: key });
  });

  it("makes each segment ASCII on its own, so a folder's notes share its URL prefix", () => {
    expect(notePath("障害対応/etcd.md").slug).toBe(`${segmentSlug("障害対応")}/etcd`);
    expect(notePath("障害対応/index.md").slug).toBe(segmentSlug("障害対応"));
    // Decomposed (macOS) and composed names are one URL.
    expect(notePath("か\u3099ようひ\u3099.md").slug).toBe(notePath("がようび.md").slug);
  });

  it("reads language folders strictly and frontmatter tags loosely", () => {
    expect(
      ["ja", "ko", "en", "zh-cn", "zh-hans", "zh-tw", "zh-hant", "zh-hk", "ZH-TW"].map((t) =>
        langOfTag(t),
      ),
    ).toEqual(["ja", "ko", "en", "zh-Hans", "zh-Hans", "zh-Hant", "zh-Hant", "zh-Hant", "zh-Hant"]);
    // A `zh/` or `jp/` folder says too little to decide a note's language.
    expect(["zh", "jp", "kr", "docs"].map((t) => langOfTag(t))).toEqual([null, null, null, null]);
    expect(["zh", "jp", "kr"].map((t) => langOfTag(t, { loose: true }))).toEqual([
      "zh-Hans",
      "ja",
      "ko",
    ]);
  });

  it("drops the conventional notes/ folder from folder paths", () => {
    expect([
      siteFolder("notes"),
      siteFolder("notes/guides"),
      siteFolder("guides/notes"),
      siteFolder("."),
    ]).toEqual(["", "guides", "guides/notes", ""]);
  });
});
