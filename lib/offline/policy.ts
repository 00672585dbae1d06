/**
 * What the service worker (lib/offline/sw.ts) does with each request, and the names it keeps
 * things under. Pure functions, so they are tested without a browser (policy.test.ts).
 *
 * - Pages (navigations): network first, so an online reader always gets the current build; a
 *   page that loaded is kept, and when the network is down the kept copy is shown, or a short
 *   page listing what is kept.
 * - Files named by their content (`/_next/static/`, the search index but its manifest, `/_media/`):
 *   cache first; they never change.
 * - Other files of the site (the search manifest, checklist data, the feed): network first, the
 *   kept copy when offline.
 * - React Server Component payloads of client-side navigations are left to the network: when it
 *   is down, Next falls back to a full page load, which the kept page answers.
 */

/** Cache Storage names; the version changes only when what they hold changes shape. */
export const CACHES = {
  pages: "shiori-pages-v1",
  files: "shiori-files-v1",
  immutable: "shiori-immutable-v1",
} as const;

/** Where the build lists every page and search index file (scripts/offline-manifest.ts). */
export const OFFLINE_MANIFEST_PATH = "/offline.json";
/** The service worker script, at the site root so its scope is the whole site. */
export const SERVICE_WORKER_PATH = "/sw.js";

/** Most pages and files kept from browsing (saving the whole site is not bounded by these). */
export const VISITED_LIMIT = 400;

export type Strategy = "page" | "immutable" | "file" | "network";

export interface RequestFacts {
  url: string;
  method: string;
  mode: string;
  /** Value of the `RSC` header (Next's client-side navigation payloads). */
  rsc?: string | null;
}

/** How the service worker answers a request of the site whose origin is `origin`. */
export function strategyFor(request: RequestFacts, origin: string): Strategy {
  if (request.method !== "GET") return "network";
  const url = new URL(request.url);
  if (url.origin !== origin) return "network";
  if (url.pathname === SERVICE_WORKER_PATH) return "network";
  if (request.rsc || url.searchParams.has("_rsc") || /\/__next\.[^/]*\.txt$/.test(url.pathname))
    return "network";
  if (request.mode === "navigate") return "page";
  if (isImmutablePath(url.pathname)) return "immutable";
  // Development server internals change on every edit.
  if (url.pathname.startsWith("/_next/") || url.pathname.startsWith("/__nextjs")) return "network";
  return "file";
}

/** Files named by a hash of what they hold. */
export function isImmutablePath(pathname: string): boolean {
  if (pathname.startsWith("/_next/static/")) return true;
  if (pathname.startsWith("/_media/")) return true;
  if (pathname.startsWith("/_diagrams/")) return true;
  return pathname.startsWith("/_search/") && pathname !== "/_search/manifest.json";
}

/**
 * The key a page is kept under: its path without query, hash or trailing slash (`/search?q=x`
 * and `/search/` are the page `/search`; the page reads its query itself).
 */
export function pageKey(href: string, origin: string): string {
  const url = new URL(href, origin);
  let pathname = url.pathname;
  if (pathname.length > 1 && pathname.endsWith("/")) pathname = pathname.slice(0, -1);
  if (pathname.endsWith(".html")) pathname = pathname.slice(0, -".html".length);
  if (pathname === "/index") pathname = "/";
  return new URL(pathname, origin).href;
}

/**
 * The site's own scripts, styles, fonts and pictures a page's HTML names (`/_next/static/…`,
 * `/_media/…`), so that keeping a page keeps what it needs to show.
 */
export function assetsOfPage(html: string, origin: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:src|href)="(\/(?:_next\/static|_media|_diagrams)\/[^"]+)"/g;
  for (const match of html.matchAll(pattern)) {
    const raw = match[1]!.replace(/&amp;/g, "&");
    found.add(new URL(raw, origin).href);
  }
  // CSS and scripts Next preloads in its payload rather than as attributes.
  for (const match of html.matchAll(/\\?"(\/_next\/static\/[^"\\]+)\\?"/g))
    found.add(new URL(match[1]!, origin).href);
  return [...found].sort();
}

/** The page's `<title>`, decoded, or null. */
export function titleOfPage(html: string): string | null {
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  if (!match) return null;
  return decodeEntities(match[1]!).trim() || null;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (all, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return (
      ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[lower] ?? all
    );
  });
}

/** What the build writes at OFFLINE_MANIFEST_PATH. */
export interface OfflineManifest {
  version: 1;
  /** Changes whenever a page or index file does; a saved site older than this can be updated. */
  build: string;
  pages: { path: string; title: string; bytes: number }[];
  /** Files named by their content that pages load: the search index, media, diagrams. */
  files: { path: string; bytes: number }[];
  /** Files under a fixed name that pages load (the search manifest, checklist data). */
  data: string[];
}

export function isOfflineManifest(value: unknown): value is OfflineManifest {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<OfflineManifest>;
  return (
    v.version === 1 &&
    typeof v.build === "string" &&
    Array.isArray(v.pages) &&
    v.pages.every((p) => typeof p?.path === "string" && typeof p.title === "string") &&
    Array.isArray(v.files) &&
    v.files.every((f) => typeof f?.path === "string") &&
    Array.isArray(v.data) &&
    v.data.every((d) => typeof d === "string")
  );
}

/** Messages between pages and the service worker. */
export type ToWorker =
  | { type: "keep-page"; href: string; locale: string }
  | { type: "save-site" }
  | { type: "forget-all" };

export type FromWorker =
  | { type: "page-kept"; key: string }
  | { type: "save-progress"; done: number; total: number; failed: number }
  | { type: "save-done"; done: number; total: number; failed: number; build: string }
  | { type: "save-failed"; reason: string }
  | { type: "forgotten" };

/** Where the worker records that the whole site was saved (inside CACHES.files). */
export const SAVED_SITE_KEY = "/__shiori/saved-site.json";
/** Where the worker keeps the reader's UI language, for the offline page (inside CACHES.files). */
export const UI_LOCALE_KEY = "/__shiori/ui-locale.json";

export interface SavedSite {
  build: string;
  savedAt: string;
  pages: number;
  failed: number;
}

/**
 * The short page shown for a page that is not kept while the network is down: what happened and
 * links to the pages that are. Plain HTML with its own styles (no scripts), in the reader's
 * language.
 */
export function offlineFallbackHtml(
  locale: string,
  requested: string,
  kept: { href: string; title: string }[],
): string {
  const text = fallbackText(locale);
  const items = kept
    .map((k) => `<li><a href="${escapeHtml(k.href)}">${escapeHtml(k.title)}</a></li>`)
    .join("");
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(text.lang)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(text.title)} · Shiori</title>`,
    "<style>",
    ":root{color-scheme:light dark;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.6}",
    "body{margin:0 auto;max-width:42rem;padding:2rem 1rem;color:#0f172a;background:#fff}",
    "h1{font-size:1.5rem;margin:0 0 .75rem}a{color:#0369a1}code{overflow-wrap:anywhere}",
    "@media (prefers-color-scheme:dark){body{color:#f1f5f9;background:#020617}a{color:#7dd3fc}}",
    "li{margin:.25rem 0}",
    "</style></head><body><main>",
    `<h1>${escapeHtml(text.title)}</h1>`,
    `<p>${escapeHtml(text.notKept)} <code>${escapeHtml(decodeURIComponentSafe(requested))}</code></p>`,
    kept.length
      ? `<h2>${escapeHtml(text.kept)}</h2><ul>${items}</ul>`
      : `<p>${escapeHtml(text.none)}</p>`,
    "</main></body></html>",
  ].join("");
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

const FALLBACK_TEXT: Record<
  string,
  { lang: string; title: string; notKept: string; kept: string; none: string }
> = {
  en: {
    lang: "en",
    title: "You are offline",
    notKept: "This page has not been saved on this device:",
    kept: "Pages you can read offline",
    none: "No pages are saved yet. Online, open Offline reading to save the whole site.",
  },
  ja: {
    lang: "ja",
    title: "オフラインです",
    notKept: "このページはこの端末に保存されていません:",
    kept: "オフラインで読めるページ",
    none: "保存されたページはまだありません。オンラインのときに「オフライン閲覧」からサイト全体を保存できます。",
  },
  "zh-Hant": {
    lang: "zh-Hant",
    title: "目前離線",
    notKept: "此頁尚未儲存在這台裝置上:",
    kept: "可離線閱讀的頁面",
    none: "尚未儲存任何頁面。連線時可在「離線閱讀」儲存整個網站。",
  },
  "zh-Hans": {
    lang: "zh-Hans",
    title: "当前离线",
    notKept: "此页尚未保存在这台设备上:",
    kept: "可离线阅读的页面",
    none: "尚未保存任何页面。联网时可在“离线阅读”保存整个网站。",
  },
  ko: {
    lang: "ko",
    title: "오프라인 상태입니다",
    notKept: "이 페이지는 이 기기에 저장되어 있지 않습니다:",
    kept: "오프라인으로 읽을 수 있는 페이지",
    none: "저장된 페이지가 아직 없습니다. 온라인일 때 ‘오프라인 읽기’에서 사이트 전체를 저장할 수 있습니다.",
  },
};

/** The fallback's text for a UI locale or browser language tag (`zh-TW` → Traditional). */
export function fallbackText(locale: string) {
  const tag = locale.toLowerCase();
  if (tag.startsWith("zh"))
    return /hant|tw|hk|mo/.test(tag) ? FALLBACK_TEXT["zh-Hant"]! : FALLBACK_TEXT["zh-Hans"]!;
  const base = tag.split("-")[0]!;
  return FALLBACK_TEXT[base] ?? FALLBACK_TEXT.en!;
}
