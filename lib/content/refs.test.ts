/**
 * Links between notes, resolved the way the tool that wrote them would, on fixture folders shaped
 * like a Jekyll book, Docusaurus docs, a Hugo section, an Obsidian vault and a translated glossary
 * (test/fixtures/sites; see test/fixtures/sites.md).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readingOrder } from "@/lib/portal/lists";
import { runPipeline } from "./pipeline";
import { renderNoteHtml } from "./render";
import type { ContentModel, Note } from "./types";

let model: ContentModel;
const byPath = (p: string): Note => {
  const n = model.notes.find((x) => x.path === p);
  if (!n) throw new Error(`no note ${p}`);
  return n;
};
const hrefOf = (file: string, url: string) => byPath(file).refs.find((r) => r.url === url)?.href;
/** The link and file diagnostics of one note. */
const diagnostics = (file: string) =>
  model.diagnostics
    .filter((d) => d.file === `sites/${file}` && /^(?:link|asset)\//.test(d.code))
    .map((d) => `${d.line ?? "-"} ${d.severity} ${d.code}: ${d.message}`);

beforeAll(async () => {
  model = await runPipeline({ contentDir: "test/fixtures/sites" });
});

describe("links between notes", () => {
  it.each([
    // Jekyll book: folders of index.md, trailing slashes, index.md written out, no extension, root-relative
    ["index.md", "chapters/chapter01/", "/notes/chapters/chapter01"],
    ["index.md", "./chapters/chapter02/index.md", "/notes/chapters/chapter02"],
    ["index.md", "/chapters/chapter03/", "/notes/chapters/chapter03"],
    ["index.md", "hugo/", "/notes/hugo"],
    ["chapters/chapter01/index.md", "../chapter02/", "/notes/chapters/chapter02"],
    ["chapters/chapter01/index.md", "../../appendices/appendix-b/", "/notes/appendices/appendix-b"],
    [
      "chapters/chapter02/index.md",
      "../chapter01/#flow-index",
      "/notes/chapters/chapter01#flow-index",
    ],
    ["chapters/chapter02/index.md", "../chapter03/index", "/notes/chapters/chapter03"],
    // A heading of a long note lands on the chapter page that holds it.
    [
      "chapters/chapter01/index.md",
      "../chapter03/index.md#rollback",
      "/notes/chapters/chapter03/section-3#rollback",
    ],
    // Docusaurus: .md with a #custom-id, no extension
    ["docs/guides/backup.md", "../intro.md#intro", "/notes/docs/intro#intro"],
    ["docs/guides/backup.md", "./upgrade", "/notes/docs/guides/upgrade"],
    [
      "docs/guides/upgrade.md",
      "backup.md#restore-steps",
      "/notes/docs/guides/backup#restore-steps",
    ],
    // Hugo: relative to the file, and relative to the page's URL (/posts/hpa/ → ../etcd-backup/)
    ["hugo/posts/hpa.md", "etcd-backup/", "/notes/hugo/posts/etcd-backup"],
    ["hugo/posts/hpa.md", "../etcd-backup/", "/notes/hugo/posts/etcd-backup"],
    // Percent-encoded and non-ASCII file names
    ["vault/障害対応.md", "Incident%20Response.md", "/notes/vault/incident-response"],
    ["index.md", "vault/障害対応", `/notes/${"vault/note-btxrmuwr"}`],
    // Translated glossary: links stay inside their language, or cross to another on purpose
    ["glossary/ko/autoscaling.md", "./rollback", "/notes/glossary/ko/rollback"],
    ["glossary/zh-tw/autoscaling.md", "../zh-cn/backup.md", "/notes/glossary/zh-cn/backup"],
  ])("%s: %s → %s", (file, url, href) => {
    expect(hrefOf(file, url)).toBe(href);
  });

  it("resolves wikilinks by path or by name, with headings and aliases", () => {
    const daily = byPath("vault/daily/2026-01-05.md");
    const wiki = Object.fromEntries(
      daily.refs.filter((r) => r.kind !== "link").map((r) => [r.url, [r.text, r.href]]),
    );
    expect(wiki).toMatchObject({
      "障害対応#エスカレーション": [
        "エスカレーション手順",
        "/notes/vault/note-btxrmuwr#エスカレーション",
      ],
      "Incident Response": ["Incident Response", "/notes/vault/incident-response"],
      "Incident Response#Roles": [expect.any(String), "/notes/vault/incident-response#roles"],
      "runbooks/etcd": [expect.any(String), "/notes/vault/runbooks/etcd"],
      // Two notes are named etcd: the shortest path wins, then the path's order (as in Obsidian).
      etcd: ["etcd", "/notes/vault/archive/etcd"],
      "Missing Note": ["Missing Note", null],
      "topology.png": [
        "topology.png",
        expect.stringMatching(/^\/_media\/[0-9a-f]{16}\/topology\.png$/),
      ],
    });
    expect(diagnostics("vault/daily/2026-01-05.md")).toEqual([
      "11 info link/ambiguous-wikilink: the wikilink [[etcd]] matches 2 notes (vault/archive/etcd.md, vault/runbooks/etcd.md); it leads to the one with the shortest path, as in Obsidian. Write the folder too, e.g. [[vault/archive/etcd]].",
      "12 warning link/unresolved: the link [[Missing Note]] leads to no note, folder or file in the content folder, so it is shown as text. Fix the path (relative to this file) or remove the link.",
    ]);
  });

  it("warns about what leads nowhere, with the line and a suggestion, and never reads outside", () => {
    expect(diagnostics("chapters/chapter02/index.md")).toEqual([
      '54 warning asset/missing: the image "missing.png" is not in the content folder, so it is shown as its text. Add the file next to the note or fix the path.',
      '58 warning link/unresolved: the link "../chapter09/" leads to no note, folder or file in the content folder, so it is shown as text. Did you mean ../chapter01/?',
    ]);
    expect(diagnostics("appendices/appendix-a/index.md")).toEqual([
      '10 warning asset/outside: the image "../../../../../../etc/hostname.png" points outside the content folder; Shiori never reads outside it, so it is shown as text. Copy the file into the content folder and link to it there.',
    ]);
    // Internal links are not external links: the link catalog holds only http(s) addresses.
    expect(model.notes.flatMap((n) => n.links).every((l) => /^https?:\/\//.test(l.url))).toBe(true);
  });

  it("publishes local images under content-hashed URLs with their size", () => {
    const assets = Object.values(model.assets).map((a) => [a.file, a.width, a.height]);
    expect(assets.sort()).toEqual([
      ["chapters/chapter01/arch.png", 320, 200],
      ["chapters/chapter02/img/diagram.png", 240, 160],
      ["hugo/posts/etcd-backup/etcd.png", 200, 120],
      ["vault/attachments/topology.png", 160, 160],
    ]);
    expect(hrefOf("chapters/chapter02/index.md", "./img/diagram.png")).toMatch(
      /^\/_media\/[0-9a-f]{16}\/diagram\.png$/,
    );
  });

  it("lists backlinks on the page each link lands on", () => {
    const chapter03 = byPath("chapters/chapter03/index.md");
    expect(chapter03.backlinks.map((b) => [b.note, b.chapter, b.landsOn])).toEqual([
      // The book's front page (the content folder's index.md has the empty slug).
      ["", null, null],
      ["chapters/chapter01", null, chapter03.anchors["rollback"]],
      ["chapters/chapter02", null, null],
    ]);
    expect(byPath("docs/intro.md").backlinks.map((b) => b.note)).toEqual([
      "",
      "docs/guides/backup",
    ]);
  });
});

describe("custom heading ids", () => {
  it("sets the id, removes {#id} from the text, and links to it resolve across chapters", () => {
    const chapter01 = byPath("chapters/chapter01/index.md");
    expect(chapter01.overviewHeadings.find((h) => h.anchor === "flow-index")?.text).toBe(
      "フロー一覧",
    );
    const chapter03 = byPath("chapters/chapter03/index.md");
    const rollback = chapter03.chapters
      .flatMap((c) => c.headings)
      .find((h) => h.anchor === "rollback");
    expect(rollback?.text).toBe("ロールバック手順");
    expect(model.diagnostics.filter((d) => d.code === "anchor/unresolved")).toEqual([]);
  });
});

describe("translations", () => {
  it("groups language folders, .ko.md names and translationKey, one version per language", () => {
    const langs = (file: string) => byPath(file).translations.map((t) => t.lang);
    expect(langs("glossary/ja/autoscaling.md")).toEqual(["zh-Hant", "zh-Hans", "ko", "en"]);
    expect(langs("glossary/ja/backup.md")).toEqual(["zh-Hans", "ko", "en"]);
    expect(langs("runbooks/oncall.md")).toEqual(["zh-Hans", "ko"]);
    expect(langs("reliability/slo-nyumon.md")).toEqual(["en"]);
    expect(byPath("vault/runbooks/etcd.md").translations).toEqual([]);
    // The folder's language is the note's.
    expect(
      ["ja", "ko", "zh-cn", "zh-tw", "en"].map((l) => byPath(`glossary/${l}/rollback.md`).lang),
    ).toEqual(["ja", "ko", "zh-Hans", "zh-Hant", "en"]);
  });
});

describe("folders", () => {
  it("orders notes by nav_order / sidebar_position / weight, titles folders from _category_.json", () => {
    const folder = (p: string) => model.folders.find((f) => f.path === p)!;
    expect(folder("chapters").entries).toEqual(
      [1, 2, 3].map((n) => ({ kind: "folder", path: `chapters/chapter0${n}` })),
    );
    expect(folder("docs/guides")).toMatchObject({ title: "運用ガイド", order: 2, index: null });
    expect(folder("docs/guides").entries.map((e) => (e.kind === "note" ? e.slug : e.path))).toEqual(
      ["docs/guides/upgrade", "docs/guides/backup"],
    );
    expect(folder("hugo")).toMatchObject({ index: "hugo", order: 1 });
    // The all-notes index reads folder by folder in that order.
    expect(
      readingOrder(model)
        .slice(0, 9)
        .map((n) => n.slug),
    ).toEqual([
      "",
      "hugo",
      "hugo/posts",
      "hugo/posts/etcd-backup",
      "hugo/posts/hpa",
      "appendices/appendix-a",
      "appendices/appendix-b",
      "chapters/chapter01",
      "chapters/chapter02",
    ]);
    // Jekyll's _layouts and _includes are skipped, with one line per folder.
    expect(
      model.diagnostics.filter((d) => d.code === "load/skipped-folder").map((d) => d.file),
    ).toEqual(["sites/_includes", "sites/_layouts"]);
    expect(model.notes.some((n) => n.path.startsWith("_"))).toBe(false);
  });
});

describe("rendered pages", () => {
  const overview = (n: Note) =>
    renderNoteHtml(n, {
      markdown: n.overview,
      firstLine: n.overviewLine,
      offset: n.overviewOffset,
      chapter: null,
      assets: model.assets,
    });

  it("point links at site URLs, images at published files with their size, and broken links at nothing", async () => {
    const html = await overview(byPath("chapters/chapter02/index.md"));
    expect(html).toContain('href="/notes/chapters/chapter01#flow-index"');
    expect(html).toContain('href="/notes/chapters/chapter03"');
    expect(html).toMatch(
      /<img src="\/_media\/[0-9a-f]{16}\/diagram\.png" alt="[^"]*" width="240" height="160"/,
    );
    expect(html).toMatch(
      /<span class="broken-link" title="This link leads to no page of this site"[^>]*>第9章<\/span>/,
    );
    expect(html).not.toContain("chapter09");
    expect(html).not.toContain('missing.png"');
  });

  it("render wikilinks and embeds as links and images, with the alias as text", async () => {
    const html = await overview(byPath("vault/daily/2026-01-05.md"));
    expect(html).toContain(
      `<a href="/notes/vault/note-btxrmuwr#${encodeURIComponent("エスカレーション")}">エスカレーション手順</a>`,
    );
    expect(html).toMatch(
      /<img src="\/_media\/[0-9a-f]{16}\/topology\.png" alt="topology\.png" width="160" height="160"/,
    );
    expect(html).toMatch(/<span class="broken-link"[^>]*>Missing Note<\/span>/);
    expect(html).not.toContain("[[");
  });

  it("show {#id} headings with the id and without the marker", async () => {
    const html = await overview(byPath("chapters/chapter01/index.md"));
    expect(html).toMatch(/<h2 id="flow-index">フロー一覧<a class="heading-anchor"/);
    expect(html).not.toContain("{#");
  });
});
