/**
 * Settings of the published site, from the environment like the build's other settings
 * (SHIORI_CONTENT_DIR …):
 *   SHIORI_SITE_URL  where the site is published (`https://notes.example.com`, or with a path
 *                    `https://example.github.io/notes`): sitemap.xml and the feed need absolute URLs.
 *   SHIORI_EDIT_URL  the content folder in a repository's web editor
 *                    (`https://github.com/team/notes/edit/main/content`): each note page links to
 *                    `<SHIORI_EDIT_URL>/<path of the note below the content folder>`, as
 *                    Docusaurus's `editUrl` does.
 * Either may be unset; `check` says what is then left out.
 */
import type { Diagnostic } from "@/lib/content/types";

export interface SiteConfig {
  /** The site's address without a trailing slash; null when not configured. */
  siteUrl: string | null;
  /** Base of "Edit this page" links without a trailing slash; null: no such link. */
  editUrl: string | null;
  /** What is wrong with the settings or left out because of them. */
  diagnostics: Diagnostic[];
}

/** An http(s) URL without its trailing slashes, or the reason it is not one. */
function httpUrl(value: string): { url: string } | { error: string } {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { error: "is not a URL" };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    return { error: `uses ${parsed.protocol}, not http: or https:` };
  if (parsed.search || parsed.hash) return { error: "has a ?query or #fragment" };
  return { url: parsed.href.replace(/\/+$/, "") };
}

const ENV_FILE = "(environment)";

export function siteConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): SiteConfig {
  const diagnostics: Diagnostic[] = [];
  const read = (name: string, example: string): string | null => {
    const raw = env[name]?.trim();
    if (!raw) return null;
    const result = httpUrl(raw);
    if ("url" in result) return result.url;
    diagnostics.push({
      file: ENV_FILE,
      line: null,
      severity: "warning",
      code: "site/invalid-url",
      message: `${name}="${raw}" ${result.error}; it is ignored. Write the full address, e.g. ${name}=${example}`,
    });
    return null;
  };
  const siteUrl = read("SHIORI_SITE_URL", "https://notes.example.com");
  const editUrl = read("SHIORI_EDIT_URL", "https://github.com/team/notes/edit/main/content");
  if (!siteUrl && !diagnostics.some((d) => d.message.startsWith("SHIORI_SITE_URL")))
    diagnostics.push({
      file: ENV_FILE,
      line: null,
      severity: "info",
      code: "site/no-site-url",
      message:
        "SHIORI_SITE_URL is not set, so sitemap.xml lists no pages (a sitemap needs absolute URLs) and feed.xml links are relative to the feed. Set SHIORI_SITE_URL=https://notes.example.com when building to publish both in full.",
    });
  return { siteUrl, editUrl, diagnostics };
}

/** `path` (site-absolute, `/notes/x`) on the configured site, or as it is without one. */
export function absoluteUrl(siteUrl: string | null, path: string): string {
  return siteUrl ? `${siteUrl}${path}` : path;
}

/** The "Edit this page" link of a note at `notePath` (below the content folder), or null. */
export function editLink(editUrl: string | null, notePath: string): string | null {
  if (!editUrl) return null;
  return `${editUrl}/${notePath.split("/").map(encodeURIComponent).join("/")}`;
}
