import { describe, expect, it } from "vitest";
import {
  assetsOfPage,
  fallbackText,
  isOfflineManifest,
  offlineFallbackHtml,
  pageKey,
  strategyFor,
  titleOfPage,
} from "./policy";

const ORIGIN = "https://notes.example.com";
const get = (path: string, extra: { mode?: string; rsc?: string } = {}) => ({
  url: `${ORIGIN}${path}`,
  method: "GET",
  mode: extra.mode ?? "cors",
  rsc: extra.rsc ?? null,
});

describe("strategyFor", () => {
  it("answers page loads from the network first, content-named files from the cache", () => {
    expect(strategyFor(get("/notes/runbook", { mode: "navigate" }), ORIGIN)).toBe("page");
    expect(strategyFor(get("/_next/static/chunks/abc123.js"), ORIGIN)).toBe("immutable");
    expect(strategyFor(get("/_search/p/0.1a2b3c4d.bin"), ORIGIN)).toBe("immutable");
    expect(strategyFor(get("/_media/0123abcd/diagram.png"), ORIGIN)).toBe("immutable");
    // The manifest names the other index files: it must follow a new build.
    expect(strategyFor(get("/_search/manifest.json"), ORIGIN)).toBe("file");
    expect(strategyFor(get("/checklist-items.json?v=abc"), ORIGIN)).toBe("file");
  });

  it("leaves alone what it must not keep: other sites, writes, the worker, RSC payloads", () => {
    expect(strategyFor(get("/x", { mode: "navigate" }), "https://other.example")).toBe("network");
    expect(strategyFor({ ...get("/notes/x"), method: "POST" }, ORIGIN)).toBe("network");
    expect(strategyFor(get("/sw.js"), ORIGIN)).toBe("network");
    expect(strategyFor(get("/notes/x", { rsc: "1" }), ORIGIN)).toBe("network");
    expect(strategyFor(get("/notes/x.txt?_rsc=1x2y"), ORIGIN)).toBe("network");
    expect(strategyFor(get("/notes/x/__next.notes.$d$path.__PAGE__.txt"), ORIGIN)).toBe("network");
    expect(strategyFor(get("/_next/webpack-hmr"), ORIGIN)).toBe("network");
  });
});

describe("pageKey", () => {
  it("gives a page one key whatever its query, hash, trailing slash or .html", () => {
    const key = `${ORIGIN}/search`;
    for (const href of ["/search", "/search/", "/search?q=etcd", "/search#top", "/search.html"])
      expect(pageKey(href, ORIGIN)).toBe(key);
    expect(pageKey("/", ORIGIN)).toBe(`${ORIGIN}/`);
    expect(pageKey("/index.html", ORIGIN)).toBe(`${ORIGIN}/`);
  });

  it("keeps CJK paths percent-encoded the way the browser requests them", () => {
    expect(pageKey("/tags/運用", ORIGIN)).toBe(`${ORIGIN}/tags/%E9%81%8B%E7%94%A8`);
    expect(pageKey("/tags/%E9%81%8B%E7%94%A8", ORIGIN)).toBe(`${ORIGIN}/tags/%E9%81%8B%E7%94%A8`);
  });
});

describe("assetsOfPage", () => {
  it("finds the scripts, styles and media a page names, in attributes and in Next's payload", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/css/a1.css"/>',
      '<script src="/_next/static/chunks/b2.js" async=""></script>',
      '<img src="/_media/0123abcd/%E5%9B%B3.png" alt=""/>',
      '<a href="/notes/other">other</a>',
      '<img src="https://cdn.example/x.png"/>',
      '<script>self.__next_f.push([1,"1:I[\\"/_next/static/chunks/c3.js\\"]"])</script>',
    ].join("");
    expect(assetsOfPage(html, ORIGIN)).toEqual([
      `${ORIGIN}/_media/0123abcd/%E5%9B%B3.png`,
      `${ORIGIN}/_next/static/chunks/b2.js`,
      `${ORIGIN}/_next/static/chunks/c3.js`,
      `${ORIGIN}/_next/static/css/a1.css`,
    ]);
  });
});

describe("titleOfPage", () => {
  it("reads and decodes the title", () => {
    expect(titleOfPage("<title>障害対応 &amp; 復旧 · Shiori</title>")).toBe(
      "障害対応 & 復旧 · Shiori",
    );
    expect(titleOfPage("<p>none</p>")).toBeNull();
  });
});

describe("offlineFallbackHtml", () => {
  it("says the page is not kept, lists kept pages as links and escapes everything", () => {
    const html = offlineFallbackHtml("ja", "/notes/%E6%9C%AA", [
      { href: "/notes/runbook", title: "<障害対応>" },
    ]);
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain("オフラインです");
    expect(html).toContain("<code>/notes/未</code>");
    expect(html).toContain('<a href="/notes/runbook">&lt;障害対応&gt;</a>');
    expect(html).not.toContain("<script");
  });

  it("picks the reader's language, Chinese by script, English otherwise", () => {
    expect(fallbackText("zh-TW").lang).toBe("zh-Hant");
    expect(fallbackText("zh-Hant").lang).toBe("zh-Hant");
    expect(fallbackText("zh-CN").lang).toBe("zh-Hans");
    expect(fallbackText("ko-KR").lang).toBe("ko");
    expect(fallbackText("fr").lang).toBe("en");
    expect(offlineFallbackHtml("en", "/x", [])).toContain("No pages are saved yet");
  });
});

describe("isOfflineManifest", () => {
  it("accepts the build's shape and nothing else", () => {
    const ok = {
      version: 1,
      build: "ab",
      pages: [{ path: "/", title: "Home", bytes: 1 }],
      files: [],
      data: [],
    };
    expect(isOfflineManifest(ok)).toBe(true);
    expect(isOfflineManifest({ ...ok, version: 2 })).toBe(false);
    expect(isOfflineManifest({ ...ok, pages: [{ path: 1 }] })).toBe(false);
    expect(isOfflineManifest(null)).toBe(false);
  });
});
