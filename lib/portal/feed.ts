/**
 * The Atom feed of recently changed notes (`/feed.xml`, RFC 4287) and the sitemap
 * (`/sitemap.xml`), built from the content model by the route handlers in app/. With a site URL
 * (SHIORI_SITE_URL, lib/portal/site-config.ts) every link is absolute; without one the feed's
 * links are site-relative (a feed reader resolves them against the feed's own URL) and its ids
 * are `urn:` names that do not depend on where the site is, and the sitemap lists nothing,
 * because the sitemap protocol accepts only absolute URLs.
 */
import type { ContentModel, Note } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";
import { absoluteUrl } from "./site-config";
import { xmlText } from "./xml";

export const FEED_PATH = "/feed.xml";
export const FEED_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
export const SITEMAP_PATH = "/sitemap.xml";
export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";

/** Notes in the feed, newest change first. */
export const FEED_ENTRIES = 50;

type Model = Pick<ContentModel, "notes" | "updated">;

/** An Atom date (RFC 3339) from a note's `updated` date: a bare YYYY-MM-DD is midnight UTC. */
export function atomDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}

/** When the note last changed (lib/content/updated.ts), else its frontmatter date, else null. */
function changedAt(model: Model, note: Note): string | null {
  return model.updated?.[note.slug]?.date ?? note.date;
}

/** The notes with a known change date, newest first (ties by URL, so the feed is stable). */
export function recentNotes(model: Model, limit = FEED_ENTRIES): { note: Note; date: string }[] {
  return model.notes
    .flatMap((note) => {
      const date = changedAt(model, note);
      return date ? [{ note, date: atomDate(date), time: Date.parse(atomDate(date)) }] : [];
    })
    .filter((e) => !Number.isNaN(e.time))
    .sort((a, b) => b.time - a.time || (a.note.slug < b.note.slug ? -1 : 1))
    .slice(0, limit)
    .map(({ note, date }) => ({ note, date }));
}

/** The text a feed entry shows: the note's summary, else the start of its text. */
function entrySummary(note: Note): string {
  if (note.summary) return note.summary;
  const text = [...note.overviewSections, ...note.chapters.flatMap((c) => c.sections)]
    .map((s) => s.text)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = [...text];
  return chars.length > 200 ? `${chars.slice(0, 200).join("")}…` : text;
}

export function atomFeed(model: Model, siteUrl: string | null, title = "Shiori"): string {
  const entries = recentNotes(model);
  const updated = entries[0]?.date ?? "1970-01-01T00:00:00Z";
  const id = (path: string, urn: string) => (siteUrl ? `${siteUrl}${path}` : urn);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xmlText(title)}</title>`,
    `  <id>${xmlText(id("/", "urn:shiori:site"))}</id>`,
    `  <updated>${xmlText(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(absoluteUrl(siteUrl, FEED_PATH))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(siteUrl, "/"))}"/>`,
    `  <author><name>${xmlText(title)}</name></author>`,
    "  <generator>Shiori</generator>",
  ];
  for (const { note, date } of entries) {
    const page = notePageUrl(note.slug);
    const summary = entrySummary(note);
    lines.push(
      `  <entry xml:lang="${xmlText(note.lang)}">`,
      `    <title>${xmlText(note.title)}</title>`,
      `    <id>${xmlText(id(page, `urn:shiori:note:${encodeURIComponent(note.slug)}`))}</id>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(siteUrl, page))}"/>`,
      `    <updated>${xmlText(date)}</updated>`,
      ...note.tags.map((t) => `    <category term="${xmlText(t)}"/>`),
      ...(summary ? [`    <summary>${xmlText(summary)}</summary>`] : []),
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

/** Every page a search engine should know: the dashboard and each note, chapter and folder page. */
export function sitemapUrls(model: Pick<ContentModel, "notes" | "folders" | "updated">): {
  path: string;
  lastmod: string | null;
}[] {
  const slugs = new Set(model.notes.map((n) => n.slug as string));
  const folders = model.folders
    .filter((f) => !slugs.has(f.slug))
    .map((f) => ({ path: notePageUrl(f.slug), lastmod: null }));
  const notes = model.notes.flatMap((note) => {
    const lastmod = changedAt(model, note);
    return [
      { path: notePageUrl(note.slug), lastmod },
      ...note.chapters.map((c) => ({ path: notePageUrl(note.slug, c.slug), lastmod })),
    ];
  });
  return [{ path: "/", lastmod: null }, ...folders, ...notes];
}

export function sitemapXml(
  model: Pick<ContentModel, "notes" | "folders" | "updated">,
  siteUrl: string | null,
): string {
  const urls = siteUrl ? sitemapUrls(model) : [];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (u) =>
        `  <url><loc>${xmlText(`${siteUrl}${u.path}`)}</loc>${u.lastmod ? `<lastmod>${xmlText(atomDate(u.lastmod))}</lastmod>` : ""}</url>`,
    ),
    "</urlset>",
    "",
  ].join("\n");
}

/** An XML file of the site built from the content model: its text and content type. */
export interface ModelXml {
  body: string;
  contentType: string;
}

/**
 * The feed and the sitemap by path. The static export writes them once (`force-static` route
 * handlers); in server mode scripts/serve.ts answers these paths from the current model, since
 * Next would serve the build's copy for ever while notes are added and edited (`--watch`).
 */
export const MODEL_XML_FILES: Readonly<
  Record<string, (model: ContentModel, siteUrl: string | null) => ModelXml>
> = {
  [FEED_PATH]: (model, siteUrl) => ({
    body: atomFeed(model, siteUrl),
    contentType: FEED_CONTENT_TYPE,
  }),
  [SITEMAP_PATH]: (model, siteUrl) => ({
    body: sitemapXml(model, siteUrl),
    contentType: SITEMAP_CONTENT_TYPE,
  }),
};

export function modelXmlFile(
  path: string,
): ((model: ContentModel, siteUrl: string | null) => ModelXml) | undefined {
  return Object.prototype.hasOwnProperty.call(MODEL_XML_FILES, path)
    ? MODEL_XML_FILES[path]
    : undefined;
}
