import { describe, expect, it } from "vitest";
import type { ContentModel, Note } from "@/lib/content/types";
import { atomDate, atomFeed, recentNotes, sitemapUrls, sitemapXml } from "./feed";
import { smallModel } from "./fixtures/small-model";
import { absoluteUrl, editLink, siteConfig } from "./site-config";
import { xmlText } from "./xml";

describe("xmlText", () => {
  it.each([
    ["障害対応 & 復旧 <手順>", "障害対応 &amp; 復旧 &lt;手順&gt;"],
    ['監控 "EFK" 筆記', "監控 &quot;EFK&quot; 筆記"],
    ["监控笔记 'v2'", "监控笔记 &apos;v2&apos;"],
    ["프로덕션\u0000 모니터링\u001b[31m", "프로덕션 모니터링[31m"],
    ["Backup \ud800 restore 🗂️", "Backup  restore 🗂️"],
    ["tab\tand\nline", "tab\tand\nline"],
    ["already &amp; escaped", "already &amp;amp; escaped"],
  ])("%j → %j", (input, expected) => {
    expect(xmlText(input)).toBe(expected);
  });
});

const model: Pick<ContentModel, "notes" | "folders" | "updated"> = {
  ...smallModel,
  notes: smallModel.notes.map((n): Note =>
    n.slug === "ja-log" ? { ...n, title: "障害対応 & <復旧>", summary: "本番の\u0007手順" } : n,
  ),
  updated: {
    "ja-log": { date: "2026-12-01T09:30:00+09:00", source: "git" },
    "ko-memo": { date: "2023-05-14", source: "frontmatter" },
    "en-keep-learning": { date: "2024-01-02T03:04:05.000Z", source: "mtime" },
  },
};

describe("recentNotes", () => {
  it("orders notes by their last change, newest first, and leaves out notes with no date at all", () => {
    expect(recentNotes(model).map((e) => [e.note.slug, e.date])).toEqual([
      ["ja-log", "2026-12-01T09:30:00+09:00"],
      ["en-keep-learning", "2024-01-02T03:04:05.000Z"],
      ["ko-memo", "2023-05-14T00:00:00Z"],
      // No `updated` entry: its frontmatter date.
      ["zh-hant-weekly", "2022-04-03T00:00:00Z"],
    ]);
    expect(recentNotes(model, 2)).toHaveLength(2);
  });

  it("atomDate makes a bare day midnight UTC and keeps a full time", () => {
    expect(atomDate("2022-04-03")).toBe("2022-04-03T00:00:00Z");
    expect(atomDate("2026-12-01T09:30:00+09:00")).toBe("2026-12-01T09:30:00+09:00");
  });
});

describe("atomFeed", () => {
  it("with a site URL: absolute links and ids, CJK titles escaped, each entry in its language", () => {
    const xml = atomFeed(model, "https://notes.example.com");
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true);
    expect(xml).toContain("<updated>2026-12-01T09:30:00+09:00</updated>");
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://notes.example.com/feed.xml"/>',
    );
    expect(xml).toContain(
      [
        '  <entry xml:lang="ja">',
        "    <title>障害対応 &amp; &lt;復旧&gt;</title>",
        "    <id>https://notes.example.com/notes/ja-log</id>",
        '    <link rel="alternate" type="text/html" href="https://notes.example.com/notes/ja-log"/>',
        "    <updated>2026-12-01T09:30:00+09:00</updated>",
        '    <category term="Kubernetes"/>',
        '    <category term="運用"/>',
        "    <summary>本番の手順</summary>",
        "  </entry>",
      ].join("\n"),
    );
    expect(xml).toContain('<entry xml:lang="zh-Hant">');
    expect(xml).toContain('<category term="監控"/>');
    expect(xml).toContain('<entry xml:lang="ko">');
    expect(xml).not.toContain("zh-hans-notes");
    expect(xml.trimEnd().endsWith("</feed>")).toBe(true);
  });

  it("without a site URL: site-relative links and urn: ids that do not depend on the host", () => {
    const xml = atomFeed(model, null);
    expect(xml).toContain("<id>urn:shiori:site</id>");
    expect(xml).toContain("<id>urn:shiori:note:ja-log</id>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="/notes/ja-log"/>');
    expect(xml).toContain('href="/feed.xml"');
    expect(xml).not.toMatch(/href="http|<id>http/);
    // A note with no summary and no text gets no empty <summary>.
    expect(xml).not.toContain("<summary></summary>");
  });
});

describe("sitemap", () => {
  it("lists the dashboard and every note and chapter page with the note's last change", () => {
    const urls = sitemapUrls(model);
    expect(urls[0]).toEqual({ path: "/", lastmod: null });
    expect(urls).toContainEqual({
      path: "/notes/ja-log/chapter-3",
      lastmod: "2026-12-01T09:30:00+09:00",
    });
    expect(urls).toContainEqual({ path: "/notes/zh-hant-weekly", lastmod: "2022-04-03" });
    expect(urls).toContainEqual({ path: "/notes/zh-hans-notes", lastmod: null });
    // 5 notes, 6 chapters, the dashboard.
    expect(urls).toHaveLength(12);
  });

  it("writes absolute <loc>s with a site URL and an empty urlset without one", () => {
    const xml = sitemapXml(model, "https://example.github.io/notes");
    expect(xml).toContain(
      "<url><loc>https://example.github.io/notes/notes/ko-memo</loc><lastmod>2023-05-14T00:00:00Z</lastmod></url>",
    );
    expect(xml.match(/<url>/g)).toHaveLength(12);
    expect(sitemapXml(model, null)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n',
    );
  });
});

describe("siteConfig", () => {
  it("reads SHIORI_SITE_URL and SHIORI_EDIT_URL without trailing slashes", () => {
    const config = siteConfig({
      SHIORI_SITE_URL: "https://notes.example.com/",
      SHIORI_EDIT_URL: "https://github.com/team/notes/edit/main/content/",
    });
    expect(config).toEqual({
      siteUrl: "https://notes.example.com",
      editUrl: "https://github.com/team/notes/edit/main/content",
      diagnostics: [],
    });
    expect(absoluteUrl(config.siteUrl, "/notes/x")).toBe("https://notes.example.com/notes/x");
    expect(editLink(config.editUrl, "notes/障害対応/운영 메모.md")).toBe(
      "https://github.com/team/notes/edit/main/content/notes/%E9%9A%9C%E5%AE%B3%E5%AF%BE%E5%BF%9C/%EC%9A%B4%EC%98%81%20%EB%A9%94%EB%AA%A8.md",
    );
    expect(editLink(null, "notes/x.md")).toBeNull();
  });

  it("says what is left out without a site URL, and names a setting that is not a URL", () => {
    expect(siteConfig({}).diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual([
      "info site/no-site-url: SHIORI_SITE_URL is not set, so sitemap.xml lists no pages (a sitemap needs absolute URLs) and feed.xml links are relative to the feed. Set SHIORI_SITE_URL=https://notes.example.com when building to publish both in full.",
    ]);
    const bad = siteConfig({ SHIORI_SITE_URL: "notes.example.com", SHIORI_EDIT_URL: "ftp://x/y" });
    expect(bad.siteUrl).toBeNull();
    expect(bad.editUrl).toBeNull();
    expect(bad.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual([
      'warning site/invalid-url: SHIORI_SITE_URL="notes.example.com" is not a URL; it is ignored. Write the full address, e.g. SHIORI_SITE_URL=https://notes.example.com',
      'warning site/invalid-url: SHIORI_EDIT_URL="ftp://x/y" uses ftp:, not http: or https:; it is ignored. Write the full address, e.g. SHIORI_EDIT_URL=https://github.com/team/notes/edit/main/content',
    ]);
  });
});
