import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { posix } from "node:path";
import { imageSize } from "image-size";
import type { OtherFile } from "./load";
import { segmentSlug } from "./paths";
import type { Asset } from "./types";

/**
 * Local images and attachments that notes show or link to are published under
 * `/_media/<content hash>/<name>`: the URL changes whenever the bytes do, so the file can be
 * cached forever. Only files the loader found inside the content folder are ever read.
 */

/** Where published files live on the site and in the build's output. */
export const MEDIA_DIR = "_media";
/** Attachments above this size are not published (a note's link to one is shown as text). */
export const MAX_ASSET_BYTES = 50 * 1024 * 1024;

const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico|tiff?)$/i;

/** The published name of a file: its name made URL-safe, its extension kept. */
function publishedName(rel: string): string {
  const base = posix.basename(rel);
  const dot = base.lastIndexOf(".");
  const ext =
    dot > 0
      ? base
          .slice(dot)
          .toLowerCase()
          .replace(/[^.a-z0-9]/g, "")
      : "";
  return `${segmentSlug(dot > 0 ? base.slice(0, dot) : base)}${ext}`;
}

/** Reads and hashes the files notes refer to, once each; returns them by path and by URL. */
export class AssetCatalog {
  private readonly byPath = new Map<string, Asset>();

  /** Hashes and measures each file (a few at a time). */
  async load(files: readonly OtherFile[]): Promise<void> {
    const todo = files.filter((f) => !this.byPath.has(f.relPath) && f.size <= MAX_ASSET_BYTES);
    for (let i = 0; i < todo.length; i += 16) {
      await Promise.all(
        todo.slice(i, i + 16).map(async (file) => {
          const bytes = await fs.readFile(file.realPath);
          const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
          let width: number | null = null;
          let height: number | null = null;
          if (IMAGE.test(file.relPath)) {
            try {
              const size = imageSize(bytes);
              width = size.width ?? null;
              height = size.height ?? null;
            } catch {
              // not an image it can read (a broken or unusual file): shown without a size
            }
          }
          this.byPath.set(file.relPath, {
            file: file.relPath,
            url: `/${MEDIA_DIR}/${hash}/${publishedName(file.relPath)}`,
            bytes: bytes.length,
            width,
            height,
          });
        }),
      );
    }
  }

  /** The URL a file is published at, once loaded; null when it is too large to publish. */
  urlOf(file: OtherFile): string | null {
    return this.byPath.get(file.relPath)?.url ?? null;
  }

  /** Every loaded file, by URL, for the content model. */
  byUrl(): Record<string, Asset> {
    const out: Record<string, Asset> = {};
    for (const asset of [...this.byPath.values()].sort((a, b) => (a.url < b.url ? -1 : 1)))
      out[asset.url] = asset;
    return out;
  }
}
