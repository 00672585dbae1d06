/**
 * The service worker script (`/sw.js`): lib/offline/sw.ts and what it imports, bundled into one
 * classic script, and the list of pages and files it saves for offline reading (`/offline.json`,
 * static export only: it lists the export's pages).
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { MEDIA_DIR } from "@/lib/content/assets";
import {
  OFFLINE_MANIFEST_PATH,
  SERVICE_WORKER_PATH,
  titleOfPage,
  type OfflineManifest,
} from "@/lib/offline/policy";
import { MODEL_JSON_FILES } from "@/lib/portal/model-json";

const ENTRY = path.resolve("lib", "offline", "sw.ts");

/** Bundles the worker into `<dir>/sw.js`. */
export async function writeServiceWorker(dir: string): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const file = path.join(dir, SERVICE_WORKER_PATH.slice(1));
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(file, result.outputFiles[0]!.contents);
  return file;
}

async function walk(dir: string, rel = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(path.join(dir, entry.name), relPath)));
    else if (entry.isFile()) out.push(relPath);
  }
  return out;
}

const encodePath = (rel: string) => rel.split("/").map(encodeURIComponent).join("/");

/** `notes/x.html` → `/notes/x`, `index.html` → `/`; null for the not-found pages. */
export function pagePathOf(rel: string): string | null {
  if (!rel.endsWith(".html")) return null;
  const bare = rel.slice(0, -".html".length);
  if (bare === "404" || bare === "_not-found" || bare.startsWith("_not-found/")) return null;
  if (bare === "index") return "/";
  return `/${encodePath(bare.endsWith("/index") ? bare.slice(0, -"/index".length) : bare)}`;
}

/**
 * Lists every page of the export (with its title) and every content-named file pages load
 * (search index, media), and writes it to `<siteDir>/offline.json`. Run once the HTML is final.
 */
export async function writeOfflineManifest(siteDir: string): Promise<OfflineManifest> {
  const hash = createHash("sha256");
  const pages: OfflineManifest["pages"] = [];
  const files: OfflineManifest["files"] = [];
  const all = (await walk(siteDir)).sort();
  for (const rel of all) {
    const pagePath = pagePathOf(rel);
    if (pagePath) {
      const html = await fs.readFile(path.join(siteDir, rel));
      hash.update(`${pagePath}\0`).update(html);
      const title = (titleOfPage(html.toString("utf8")) ?? "").replace(/ · Shiori$/, "");
      pages.push({
        path: pagePath,
        title: title || decodeURIComponent(pagePath),
        bytes: html.length,
      });
    } else if (
      (rel.startsWith("_search/") && rel !== "_search/manifest.json") ||
      rel.startsWith(`${MEDIA_DIR}/`)
    ) {
      if (/\.(br|gz)$/.test(rel)) continue;
      const { size } = await fs.stat(path.join(siteDir, rel));
      hash.update(`${rel}\0${size}\0`);
      files.push({ path: `/${encodePath(rel)}`, bytes: size });
    }
  }
  const manifest: OfflineManifest = {
    version: 1,
    build: hash.digest("hex").slice(0, 16),
    pages,
    files,
    data: ["/_search/manifest.json", ...Object.keys(MODEL_JSON_FILES)],
  };
  await fs.writeFile(path.join(siteDir, OFFLINE_MANIFEST_PATH.slice(1)), JSON.stringify(manifest));
  return manifest;
}
