import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pagePathOf, writeOfflineManifest, writeServiceWorker } from "./service-worker";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "shiori-sw-"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("pagePathOf", () => {
  it("maps export files to page paths and skips the not-found pages", () => {
    expect(pagePathOf("index.html")).toBe("/");
    expect(pagePathOf("notes/runbook.html")).toBe("/notes/runbook");
    expect(pagePathOf("tags/運用.html")).toBe("/tags/%E9%81%8B%E7%94%A8");
    expect(pagePathOf("404.html")).toBeNull();
    expect(pagePathOf("_not-found.html")).toBeNull();
    expect(pagePathOf("notes/runbook.txt")).toBeNull();
  });
});

describe("writeServiceWorker", () => {
  it("bundles the worker into one classic script that installs its listeners", async () => {
    const file = await writeServiceWorker(dir);
    const code = await fs.readFile(file, "utf8");
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    const events: string[] = [];
    const self = {
      location: new URL("https://notes.example.com/sw.js"),
      addEventListener: (type: string) => events.push(type),
    };
    vm.runInNewContext(code, { self, URL, caches: {}, setTimeout, clearTimeout });
    expect(events.sort()).toEqual(["activate", "fetch", "install", "message"]);
  });
});

describe("writeOfflineManifest", () => {
  it("lists every page with its title and the content-named files, not compressed copies", async () => {
    const site = path.join(dir, "site");
    const write = async (rel: string, content: string) => {
      await fs.mkdir(path.dirname(path.join(site, rel)), { recursive: true });
      await fs.writeFile(path.join(site, rel), content);
    };
    await write("index.html", "<title>Shiori</title>");
    await write("notes/runbook.html", "<title>障害対応ノート · Shiori</title>");
    await write("notes/runbook.html.br", "x");
    await write("tags/운영.html", "<title>운영 · Shiori</title>");
    await write("404.html", "<title>Not found</title>");
    await write("_search/manifest.json", "{}");
    await write("_search/p/0.abcd1234.bin", "12345");
    await write("_search/p/0.abcd1234.bin.gz", "1");
    await write("_media/0123/a b.png", "png");
    await write("_next/static/chunks/x.js", "js");
    const manifest = await writeOfflineManifest(site);
    expect(manifest.pages).toEqual([
      { path: "/", title: "Shiori", bytes: 21 },
      {
        path: "/notes/runbook",
        title: "障害対応ノート",
        bytes: Buffer.byteLength("<title>障害対応ノート · Shiori</title>"),
      },
      {
        path: "/tags/%EC%9A%B4%EC%98%81",
        title: "운영",
        bytes: Buffer.byteLength("<title>운영 · Shiori</title>"),
      },
    ]);
    expect(manifest.files).toEqual([
      { path: "/_media/0123/a%20b.png", bytes: 3 },
      { path: "/_search/p/0.abcd1234.bin", bytes: 5 },
    ]);
    expect(manifest.data).toContain("/_search/manifest.json");
    expect(JSON.parse(await fs.readFile(path.join(site, "offline.json"), "utf8"))).toEqual(
      manifest,
    );
    // A changed page changes the build, so a saved site knows it is out of date.
    await write("notes/runbook.html", "<title>障害対応ノート v2 · Shiori</title>");
    expect((await writeOfflineManifest(site)).build).not.toBe(manifest.build);
  });
});
