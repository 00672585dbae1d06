import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { StoredDiagram } from "@/lib/content/markdown/mermaid";
import { renderFallback, renderNoteHtml } from "@/lib/content/render";
import type { Asset, Chapter, ContentModel, Note } from "@/lib/content/types";
import { finishNoteHtml } from "./note-html";

/**
 * The HTML of a note page's or a chapter page's body, rendered once per build by prebuild
 * (lib/portal/prerender.ts), kept by content hash, and read by the page: `next build` renders
 * no Markdown. A page whose file is missing (a content.json from an older build, a file removed
 * by hand) renders its body itself, the way every page used to.
 */

/** What the page puts in its body, and the id its h1 takes (see `finishNoteHtml`). */
export interface PageHtml {
  html: string;
  titleId: string | null;
}

/** Folder under the generated folder holding one `<hash>.json` (a PageHtml) per page body. */
export const PAGE_HTML_DIR = "_pages";

/** The key of a page in `ContentModel.pageHtml`: the note's slug, and the chapter's ("" for the note page). */
export function pageHtmlKey(note: Note, chapter: Chapter | null): string {
  return `${note.slug}\0${chapter?.slug ?? ""}`;
}

/** Renders one page body: the note's Markdown slice to safe HTML, then the page-level pass. */
export async function renderPageHtml(
  note: Note,
  chapter: Chapter | null,
  assets: Record<string, Asset>,
  diagrams?: (key: string) => StoredDiagram | null,
): Promise<PageHtml> {
  const rendered = await renderNoteHtml(
    note,
    chapter
      ? {
          markdown: chapter.markdown,
          firstLine: chapter.lines[0],
          offset: chapter.offset,
          chapter: chapter.slug,
          assets,
          diagrams,
        }
      : {
          markdown: note.overview,
          firstLine: note.overviewLine,
          offset: note.overviewOffset,
          chapter: null,
          assets,
          diagrams,
        },
  );
  // A chapter's own heading becomes the page's h1, whatever its depth in the note; on the note
  // page the title is the h1 and the overview's headings sit below it (a repeated title dropped).
  try {
    return chapter
      ? finishNoteHtml(rendered, { headingBase: 1 })
      : finishNoteHtml(rendered, { headingBase: 2, title: note.title });
  } catch (error) {
    // One note never fails the build (renderNoteHtml already falls back for its own errors).
    console.warn(
      `shiori: ${note.file}: could not finish ${chapter ? `chapter ${chapter.slug}` : "the note page"} (${(error as Error).message}); it is shown as plain text.`,
    );
    return { html: renderFallback(chapter ? chapter.markdown : note.overview), titleId: null };
  }
}

/**
 * The content hash a page body is kept under: the code that renders it (`fingerprint`), the note
 * as the pipeline built it, the chapter, and the files notes show (image sizes come from them).
 */
export function pageHtmlHash(
  fingerprint: string,
  note: Note,
  chapter: Chapter | null,
  assetsJson: string,
): string {
  return createHash("sha256")
    .update(fingerprint)
    .update("\0")
    .update(JSON.stringify(note))
    .update("\0")
    .update(chapter?.slug ?? "")
    .update("\0")
    .update(assetsJson)
    .digest("hex")
    .slice(0, 24);
}

/** Whether a value read back from a body file is a PageHtml. */
export function isPageHtml(value: unknown): value is PageHtml {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.html === "string" && (v.titleId === null || typeof v.titleId === "string");
}

/** The prebuilt body of a page, or null when the build did not write it (then render it). */
export function readPageHtml(
  model: ContentModel,
  generatedDir: string,
  note: Note,
  chapter: Chapter | null,
): PageHtml | null {
  const hash = model.pageHtml?.[pageHtmlKey(note, chapter)];
  if (!hash || !/^[0-9a-f]+$/.test(hash)) return null;
  try {
    const value: unknown = JSON.parse(
      readFileSync(path.join(generatedDir, PAGE_HTML_DIR, `${hash}.json`), "utf8"),
    );
    return isPageHtml(value) ? value : null;
  } catch {
    return null;
  }
}

/** A page's body: the prebuilt one, else rendered now. */
export async function pageHtml(
  model: ContentModel,
  generatedDir: string,
  note: Note,
  chapter: Chapter | null,
): Promise<PageHtml> {
  return (
    readPageHtml(model, generatedDir, note, chapter) ??
    (await renderPageHtml(note, chapter, model.assets))
  );
}
