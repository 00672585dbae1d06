import { describe, expect, it } from "vitest";
import type { Lang, NoteSlug } from "@/lib/content/types";
import { collectTags, slugFromParam, tagHref, tagKey, tagSlug, type TagSlug } from "./tags";
import { smallModel } from "./fixtures/small-model";

describe("tagKey", () => {
  it.each([
    // en: case and width
    ["Kubernetes", "kubernetes"],
    ["KUBERNETES", "kubernetes"],
    ["Ｋｕｂｅｒｎｅｔｅｓ", "kubernetes"],
    ["  Dev  Ops ", "dev ops"],
    // ja: half-width katakana becomes full-width; kana voicing marks stay composed (no NFKD)
    ["ｸﾗｳﾄﾞ", "クラウド"],
    ["運用", "運用"],
    ["バックアップ＆リストア", "バックアップ&リストア"],
    // zh-Hant / zh-Hans: scripts are not merged with each other
    ["監控", "監控"],
    ["监控", "监控"],
    ["高併發　", "高併發"],
    // ko: Hangul syllables stay whole
    ["운영", "운영"],
    ["쿠버네티스 운영", "쿠버네티스 운영"],
    // mixed
    ["K8s運用", "k8s運用"],
    ["ＣＩ／ＣＤ", "ci/cd"],
  ])("%j → %j", (input, expected) => {
    expect(tagKey(input)).toBe(expected);
  });
});

describe("tagSlug and tagHref", () => {
  it.each([
    ["kubernetes", "kubernetes", "/tags/kubernetes"],
    ["dev ops", "dev-ops", "/tags/dev-ops"],
    ["ci/cd", "cicd", "/tags/cicd"],
    ["運用", "運用", "/tags/%E9%81%8B%E7%94%A8"],
    ["監控", "監控", "/tags/%E7%9B%A3%E6%8E%A7"],
    ["监控", "监控", "/tags/%E7%9B%91%E6%8E%A7"],
    ["운영", "운영", "/tags/%EC%9A%B4%EC%98%81"],
    ["k8s運用", "k8s運用", "/tags/k8s%E9%81%8B%E7%94%A8"],
    ["!!!", "tag", "/tags/tag"],
  ])("%j → slug %j, href %j", (key, slug, href) => {
    expect(tagSlug(key)).toBe(slug);
    expect(tagHref(tagSlug(key))).toBe(href);
  });

  it.each([
    ["%E9%81%8B%E7%94%A8", "運用"],
    ["運用", "運用"],
    ["%EC%9A%B4%EC%98%81", "운영"],
    ["kubernetes", "kubernetes"],
    ["100%", "100%"],
  ])("route param %j → slug %j", (param, slug) => {
    expect(slugFromParam(param)).toBe(slug);
  });
});

describe("collectTags", () => {
  const tags = collectTags(smallModel.notes);

  it("merges spellings across case and width, counting each note once", () => {
    const k8s = tags.find((t) => t.key === "kubernetes");
    expect(k8s).toEqual({
      key: "kubernetes",
      slug: "kubernetes",
      label: "Kubernetes",
      variants: ["Kubernetes", "kubernetes", "Ｋｕｂｅｒｎｅｔｅｓ"],
      notes: ["ja-log", "zh-hant-weekly", "ko-memo", "en-keep-learning"],
      langs: ["ja", "zh-Hant", "ko", "en"],
    });
  });

  it("keeps CJK tags apart by script and lists the most used first", () => {
    expect(tags.map((t) => [t.label, t.notes.length])).toEqual([
      ["Kubernetes", 4],
      ["DevOps", 1],
      ...tags.slice(2).map((t) => [t.label, 1]),
    ]);
    expect(new Set(tags.slice(2).map((t) => t.label))).toEqual(
      new Set(["運用", "監控", "监控", "운영"]),
    );
  });

  it("shows the most used spelling, width-folded", () => {
    const notes = [
      { slug: "a" as NoteSlug, lang: "en" as Lang, tags: ["Ｋｕｂｅｒｎｅｔｅｓ"] },
      { slug: "b" as NoteSlug, lang: "en" as Lang, tags: ["kubernetes"] },
      { slug: "c" as NoteSlug, lang: "en" as Lang, tags: ["kubernetes"] },
    ];
    expect(collectTags(notes.slice(0, 1))[0]?.label).toBe("Kubernetes");
    expect(collectTags(notes)[0]?.label).toBe("kubernetes");
  });

  it("counts a note that repeats a tag once", () => {
    const [tag] = collectTags([
      { slug: "a" as NoteSlug, lang: "ja", tags: ["運用", "運用", "ｳﾝﾖｳ"] },
    ]);
    expect(tag?.notes).toEqual(["a"]);
  });

  it("gives tags that slug alike distinct, stable slugs", () => {
    const notes = [{ slug: "a" as NoteSlug, lang: "en" as Lang, tags: ["cicd", "CI/CD", "ci-cd"] }];
    const slugs = Object.fromEntries(collectTags(notes).map((t) => [t.key, t.slug]));
    expect(slugs).toEqual({ "ci-cd": "ci-cd", "ci/cd": "cicd-2", cicd: "cicd" } satisfies Record<
      string,
      string
    >);
    // Same result whatever the order the notes list them in.
    const reversed = [{ ...notes[0]!, tags: [...notes[0]!.tags].reverse() }];
    expect(Object.fromEntries(collectTags(reversed).map((t) => [t.key, t.slug]))).toEqual(slugs);
  });

  it("ignores empty tags", () => {
    expect(collectTags([{ slug: "a" as NoteSlug, lang: "ko", tags: ["  ", "　"] }])).toEqual([]);
  });

  it("slugs are unique", () => {
    const slugs = tags.map((t) => t.slug);
    expect(new Set<TagSlug>(slugs).size).toBe(slugs.length);
  });
});
