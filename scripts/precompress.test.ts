import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { precompressSite } from "./precompress";
import { createStaticServer } from "./serve-static";

let dir = "";
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A page of note text in every script the notes use, long enough to be worth compressing. */
const PAGE = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>障害対応</title></head><body>${"<p>本番環境の監視 監控筆記 监控笔记 프로덕션 모니터링 production monitoring</p>".repeat(60)}</body></html>`;

async function site(): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), "shiori-precompress-"));
  await mkdir(path.join(dir, "notes"), { recursive: true });
  await mkdir(path.join(dir, "_media", "abc"), { recursive: true });
  await writeFile(path.join(dir, "index.html"), PAGE);
  await writeFile(path.join(dir, "notes", "運用.html"), PAGE);
  await writeFile(path.join(dir, "notes", "x.txt"), PAGE.replace(/<[^>]+>/g, ""));
  await writeFile(path.join(dir, "feed.xml"), `<?xml version="1.0"?><feed>${PAGE}</feed>`);
  await writeFile(path.join(dir, "tiny.json"), '{"a":1}');
  // Already compressed bytes: a copy would not be smaller, so none is written.
  await writeFile(path.join(dir, "_media", "abc", "photo.png"), Buffer.alloc(2000, 7));
  await writeFile(path.join(dir, "noise.js"), randomBytes(4000));
  return dir;
}

describe("precompressSite", () => {
  it("writes .br and .gz beside text files that decompress to the same bytes, and skips what would not shrink", async () => {
    const root = await site();
    const stats = await precompressSite(root);
    const names = (await readdir(root, { recursive: true })).map((n) =>
      n.split(path.sep).join("/"),
    );
    expect(names.sort()).toEqual(
      [
        "_media",
        "_media/abc",
        "_media/abc/photo.png",
        "feed.xml",
        "feed.xml.br",
        "feed.xml.gz",
        "index.html",
        "index.html.br",
        "index.html.gz",
        "noise.js",
        "notes",
        "notes/x.txt",
        "notes/x.txt.br",
        "notes/x.txt.gz",
        "notes/運用.html",
        "notes/運用.html.br",
        "notes/運用.html.gz",
        "tiny.json",
      ].sort(),
    );
    const original = await readFile(path.join(root, "notes", "運用.html"));
    expect(brotliDecompressSync(await readFile(path.join(root, "notes", "運用.html.br")))).toEqual(
      original,
    );
    expect(gunzipSync(await readFile(path.join(root, "notes", "運用.html.gz")))).toEqual(original);
    expect(stats.files).toBe(6);
    expect(stats.brBytes).toBeLessThan(stats.bytes / 4);
  });

  it("a second run replaces the copies instead of compressing them again", async () => {
    const root = await site();
    await precompressSite(root);
    await precompressSite(root);
    const names = await readdir(root, { recursive: true });
    expect(names.filter((n) => /\.(br|gz)\.(br|gz)$/.test(n))).toEqual([]);
  });
});

function get(
  url: string,
  acceptEncoding: string | null,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding
      ? { "accept-encoding": acceptEncoding }
      : {};
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on("error", reject);
  });
}

describe("createStaticServer", () => {
  it("sends the precompressed copy the browser accepts, with Vary: Accept-Encoding", async () => {
    const root = await site();
    await precompressSite(root);
    const server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = encodeURI("/notes/運用");
      const br = await get(base + page, "gzip, deflate, br");
      expect(br.status).toBe(200);
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.headers["content-type"]).toBe("text/html;charset=utf-8");
      expect(br.headers.vary).toBe("Accept-Encoding");
      expect(brotliDecompressSync(br.body).toString("utf8")).toBe(PAGE);

      const gz = await get(base + page, "gzip");
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gz.body).toString("utf8")).toBe(PAGE);

      const plain = await get(base + page, null);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString("utf8")).toBe(PAGE);

      const xml = await get(`${base}/feed.xml`, "br");
      expect(xml.headers["content-encoding"]).toBe("br");
      expect(xml.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");

      // No copy was written for this one: it is sent as it is, whatever the browser accepts.
      const tiny = await get(`${base}/tiny.json`, "br");
      expect(tiny.headers["content-encoding"]).toBeUndefined();
      expect(tiny.body.toString()).toBe('{"a":1}');
    } finally {
      server.close();
    }
  });

  it("with compressed: false sends every file as it is", async () => {
    const root = await site();
    await precompressSite(root);
    const server = createStaticServer(root, { compressed: false });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const res = await get(`${base}/`, "br, gzip");
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.body.toString("utf8")).toBe(PAGE);
    } finally {
      server.close();
    }
  });
});
