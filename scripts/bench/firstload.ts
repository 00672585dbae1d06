/**
 * First-load JavaScript per page kind, read from the exported HTML as a browser would see it: every
 * `<script src>` (without `noModule`, which modern browsers skip) and every script preload, gzipped
 * one file at a time at level 9 and brotli-compressed (what CDNs serve). Also lists any `/_search/` file a page loads or
 * preloads: the search index must never be part of the first load.
 */
import { existsSync, promises as fs, readdirSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { FirstLoadPage, FirstLoadResult, PageKind, Skipped } from "./results";

const TAG = /<(script|link)\b([^>]*)>/gi;
const attr = (attrs: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined);
const hasAttr = (attrs: string, name: string) => new RegExp(`\\b${name}\\b`, "i").test(attrs);

/** Script URLs and /_search/ URLs an HTML page loads on first load. */
export function firstLoadUrls(html: string): { scripts: string[]; search: string[] } {
  const scripts = new Set<string>();
  const search = new Set<string>();
  for (const m of html.matchAll(TAG)) {
    const [, tag, attrs = ""] = m;
    const url = tag!.toLowerCase() === "script" ? attr(attrs, "src") : attr(attrs, "href");
    if (!url) continue;
    if (url.includes("/_search/")) search.add(url);
    if (tag!.toLowerCase() === "script") {
      if (!hasAttr(attrs, "nomodule")) scripts.add(url);
    } else {
      const rel = attr(attrs, "rel")?.toLowerCase() ?? "";
      const as = attr(attrs, "as")?.toLowerCase() ?? "";
      if (rel === "modulepreload" || (rel === "preload" && as === "script")) scripts.add(url);
    }
  }
  return { scripts: [...scripts], search: [...search] };
}

/** Measures one exported page. Script URLs are site-absolute (`/_next/static/…`). */
export async function measurePage(siteDir: string, page: string): Promise<FirstLoadPage> {
  const html = await fs.readFile(path.join(siteDir, page), "utf8");
  const { scripts, search } = firstLoadUrls(html);
  let rawBytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const url of scripts) {
    const local = path.join(
      siteDir,
      decodeURIComponent(url.split(/[?#]/)[0]!.replace(/^https?:\/\/[^/]+/, "")),
    );
    if (!existsSync(local))
      throw new Error(`${page} loads ${url}, which is not in the export (${local}).`);
    const data = await fs.readFile(local);
    rawBytes += data.byteLength;
    gzipBytes += gzipSync(data, { level: 9 }).byteLength;
    brotliBytes += brotliCompressSync(data).byteLength;
  }
  const htmlData = Buffer.from(html, "utf8");
  return {
    page,
    scripts: scripts.length,
    rawBytes,
    gzipBytes,
    brotliBytes,
    htmlBytes: htmlData.byteLength,
    htmlGzipBytes: gzipSync(htmlData, { level: 9 }).byteLength,
    searchFiles: search,
  };
}

function firstHtml(dir: string, depth: number): string | null {
  if (!existsSync(dir)) return null;
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  if (depth === 0) {
    const f = entries.find((e) => e.isFile() && e.name.endsWith(".html"));
    return f ? path.join(dir, f.name) : null;
  }
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const found = firstHtml(path.join(dir, e.name), depth - 1);
    if (found) return found;
  }
  return null;
}

/** The exported HTML file of each page kind, or why there is none. */
export function pagesByKind(siteDir: string): Record<PageKind, string | Skipped> {
  const rel = (p: string | null) => (p ? path.relative(siteDir, p) : null);
  const pick = (candidates: string[]) =>
    candidates.find((c) => existsSync(path.join(siteDir, c))) ?? null;
  const notes = path.join(siteDir, "notes");
  return {
    dashboard: pick(["index.html"]) ?? { skipped: "no index.html in the export" },
    note: rel(firstHtml(notes, 0)) ?? { skipped: "no note pages in the export" },
    chapter: rel(firstHtml(notes, 1)) ?? {
      skipped: "no chapter pages in the export (no note was split)",
    },
    checklist: pick(["checklist.html", "checklist/index.html"]) ?? {
      skipped: "no /checklist page in the export",
    },
    search: pick(["search.html", "search/index.html"]) ?? {
      skipped: "no /search page in the export",
    },
  };
}

export async function measureFirstLoad(siteDir: string): Promise<FirstLoadResult> {
  const pages = pagesByKind(siteDir);
  const one = (page: string | Skipped) =>
    typeof page === "string" ? measurePage(siteDir, page) : Promise.resolve(page);
  return {
    dashboard: await one(pages.dashboard),
    note: await one(pages.note),
    chapter: await one(pages.chapter),
    checklist: await one(pages.checklist),
    search: await one(pages.search),
  };
}
