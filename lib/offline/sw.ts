/**
 * Shiori's service worker, bundled into `/sw.js` by the build (scripts/service-worker.ts). It keeps
 * the pages a reader opens and the search index, so runbooks open and search works when the
 * network is down; the Offline reading page (/offline) saves the whole site. What it does with
 * each request: lib/offline/policy.ts.
 */
import {
  assetsOfPage,
  CACHES,
  isOfflineManifest,
  offlineFallbackHtml,
  OFFLINE_MANIFEST_PATH,
  pageKey,
  SAVED_SITE_KEY,
  titleOfPage,
  strategyFor,
  UI_LOCALE_KEY,
  VISITED_LIMIT,
  type FromWorker,
  type SavedSite,
  type ToWorker,
} from "./policy";

// The parts of the service worker global scope used here (the project's lib is "dom").
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  data: unknown;
  source: { postMessage(message: FromWorker): void } | null;
}
interface WorkerClient {
  postMessage(message: FromWorker): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(): Promise<WorkerClient[]> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: MessageEventLike) => void): void;
}

const scope = self as unknown as WorkerScope;
const origin = scope.location.origin;
/** Network answers slower than this for a page that is kept: show the kept one (a bad network). */
const PAGE_TIMEOUT_MS = 6000;
/** A kept page younger than this is not fetched again when a page says the reader opened it. */
const FRESH_MS = 10 * 60 * 1000;
/** Most kept pages the offline page lists (the newest). */
const FALLBACK_LIST = 300;

/** When a kept response was fetched (its Date header), 0 when unknown. */
function keptAt(response: Response): number {
  const date = Date.parse(response.headers.get("date") ?? "");
  return Number.isNaN(date) ? 0 : date;
}

scope.addEventListener("install", (event) => {
  event.waitUntil(scope.skipWaiting());
});

scope.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const wanted = new Set<string>(Object.values(CACHES));
      for (const name of await caches.keys())
        if (name.startsWith("shiori-") && !wanted.has(name)) await caches.delete(name);
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener("fetch", (event) => {
  const request = event.request;
  const strategy = strategyFor(
    {
      url: request.url,
      method: request.method,
      mode: request.mode,
      rsc: request.headers.get("rsc"),
    },
    origin,
  );
  if (strategy === "network") return;
  if (strategy === "page") event.respondWith(page(request, event));
  else if (strategy === "immutable") event.respondWith(immutable(request));
  else event.respondWith(file(request, event));
});

scope.addEventListener("message", (event) => {
  const message = event.data as ToWorker | null;
  const reply = (m: FromWorker) => event.source?.postMessage(m);
  if (message?.type === "keep-page") {
    event.waitUntil(
      (async () => {
        await rememberLocale(message.locale);
        const key = await keepPage(message.href);
        if (key) reply({ type: "page-kept", key });
      })(),
    );
  } else if (message?.type === "save-site") {
    event.waitUntil(saveSite());
  } else if (message?.type === "forget-all") {
    event.waitUntil(
      (async () => {
        for (const name of Object.values(CACHES)) await caches.delete(name);
        await broadcast({ type: "forgotten" });
      })(),
    );
  }
});

async function broadcast(message: FromWorker): Promise<void> {
  for (const client of await scope.clients.matchAll()) client.postMessage(message);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Navigations: the network's page (kept for later), else the kept page, else the offline page. */
async function page(request: Request, event: FetchEvent): Promise<Response> {
  const key = pageKey(request.url, origin);
  const pages = await caches.open(CACHES.pages);
  const kept = await pages.match(key);
  const fromNetwork = fetch(request).then((response) => {
    if (response.ok && isHtml(response) && !response.redirected) {
      const copy = response.clone();
      event.waitUntil(pages.put(key, copy).then(() => trim(CACHES.pages)));
    }
    return response;
  });
  try {
    // With a kept copy, a network that does not answer in time is treated as down.
    const response = kept ? await withTimeout(fromNetwork, PAGE_TIMEOUT_MS) : await fromNetwork;
    if (response) return response;
  } catch {
    // offline: answered below
  }
  fromNetwork.catch(() => undefined);
  if (kept) return kept;
  return fallback(request.url);
}

async function fallback(requested: string): Promise<Response> {
  const pages = await caches.open(CACHES.pages);
  const titles = await keptTitles();
  const kept: { href: string; title: string }[] = [];
  for (const request of (await pages.keys()).slice(-FALLBACK_LIST)) {
    const path = new URL(request.url).pathname;
    let title = titles.get(path);
    // Without the saved site's list, the kept page's own <title> (rare: only offline, only here).
    if (!title) {
      const response = await pages.match(request);
      title = titleOfPage((await response?.text()) ?? "")?.replace(/ · Shiori$/, "");
    }
    kept.push({ href: path, title: title || decodeSafe(path) });
  }
  kept.sort((a, b) => a.href.localeCompare(b.href));
  const html = offlineFallbackHtml(await readLocale(), new URL(requested).pathname, kept);
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Titles of the kept pages, from the saved site's manifest when there is one. */
async function keptTitles(): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const files = await caches.open(CACHES.files);
  const manifest = await files.match(new URL(OFFLINE_MANIFEST_PATH, origin).href);
  if (manifest) {
    try {
      const value: unknown = await manifest.json();
      if (isOfflineManifest(value)) for (const p of value.pages) titles.set(p.path, p.title);
    } catch {
      // an unreadable manifest only costs the titles
    }
  }
  return titles;
}

/** Content-named files: the kept copy, else the network's (kept). */
async function immutable(request: Request): Promise<Response> {
  const cache = await caches.open(CACHES.immutable);
  const kept = await cache.match(request, { ignoreSearch: false });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Other files: the network's (kept), else the kept copy. */
async function file(request: Request, event: FetchEvent): Promise<Response> {
  const cache = await caches.open(CACHES.files);
  try {
    const response = await fetch(request);
    if (response.ok) {
      event.waitUntil(cache.put(request, response.clone()).then(() => trim(CACHES.files)));
      if (new URL(request.url).pathname === "/_search/manifest.json")
        event.waitUntil(keepSearchIndex());
    }
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw error;
  }
}

function isHtml(response: Response): boolean {
  return (response.headers.get("content-type") ?? "").includes("text/html");
}

/** Drops the oldest entries of a cache of visited pages past VISITED_LIMIT (not a saved site). */
async function trim(name: string): Promise<void> {
  if (await savedSite()) return;
  const cache = await caches.open(name);
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - VISITED_LIMIT)))
    await cache.delete(request);
}

async function savedSite(): Promise<SavedSite | null> {
  const files = await caches.open(CACHES.files);
  const response = await files.match(new URL(SAVED_SITE_KEY, origin).href);
  if (!response) return null;
  try {
    return (await response.json()) as SavedSite;
  } catch {
    return null;
  }
}

async function rememberLocale(locale: string): Promise<void> {
  const files = await caches.open(CACHES.files);
  await files.put(
    new URL(UI_LOCALE_KEY, origin).href,
    new Response(JSON.stringify({ locale }), { headers: { "Content-Type": "application/json" } }),
  );
}

async function readLocale(): Promise<string> {
  const files = await caches.open(CACHES.files);
  const response = await files.match(new URL(UI_LOCALE_KEY, origin).href);
  try {
    const value = (await response?.json()) as { locale?: unknown } | undefined;
    if (typeof value?.locale === "string") return value.locale;
  } catch {
    // fall through
  }
  return "en";
}

/**
 * Keeps a page the reader opened, with the files it needs (a page loaded before the worker took
 * control fetched them past it). Returns the key, or null when the page could not be fetched.
 */
async function keepPage(href: string): Promise<string | null> {
  const key = pageKey(href, origin);
  const pages = await caches.open(CACHES.pages);
  const kept = await pages.match(key);
  // A page load through the worker has just kept it: only make sure its files are kept too.
  if (kept && Date.now() - keptAt(kept) < FRESH_MS) {
    await keepFiles(assetsOfPage(await kept.text(), origin));
    return key;
  }
  let response: Response;
  try {
    response = await fetch(key, { credentials: "same-origin" });
  } catch {
    return kept ? key : null;
  }
  if (!response.ok || !isHtml(response) || response.redirected) return kept ? key : null;
  const html = await response.clone().text();
  await pages.put(key, response);
  await keepFiles(assetsOfPage(html, origin));
  await trim(CACHES.pages);
  return key;
}

/** Fetches and keeps content-named files not kept yet; returns how many could not be fetched. */
async function keepFiles(urls: readonly string[], concurrency = 4): Promise<number> {
  const cache = await caches.open(CACHES.immutable);
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      if (await cache.match(url)) continue;
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
        else failed++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}

/** The build's list of pages and files, fetched now (and kept, for the titles offline). */
async function offlineManifest() {
  const url = new URL(OFFLINE_MANIFEST_PATH, origin).href;
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) return null;
  const value: unknown = await response.clone().json();
  if (!isOfflineManifest(value)) return null;
  await (await caches.open(CACHES.files)).put(url, response);
  return value;
}

let keepingIndex: Promise<void> | null = null;

/** Once search is used, keeps every file of the search index, so any query works offline. */
function keepSearchIndex(): Promise<void> {
  keepingIndex ??= (async () => {
    try {
      const manifest = await offlineManifest();
      if (!manifest) return;
      await keepFiles(
        manifest.files
          .filter((f) => f.path.startsWith("/_search/"))
          .map((f) => new URL(f.path, origin).href),
      );
    } catch {
      // tried again after the next manifest load
    } finally {
      keepingIndex = null;
    }
  })();
  return keepingIndex;
}

let saving: Promise<void> | null = null;

/** Saves every page of the site and every file they need, reporting progress to open pages. */
function saveSite(): Promise<void> {
  saving ??= (async () => {
    try {
      const manifest = await offlineManifest();
      if (!manifest) {
        await broadcast({
          type: "save-failed",
          reason: "This site has no list of its pages (offline.json); build it with npm run build.",
        });
        return;
      }
      const total = manifest.pages.length;
      let done = 0;
      let failed = 0;
      const pages = await caches.open(CACHES.pages);
      const assets = new Set<string>();
      let next = 0;
      const worker = async () => {
        while (next < manifest.pages.length) {
          const { path } = manifest.pages[next++]!;
          const key = pageKey(path, origin);
          try {
            const response = await fetch(key, { cache: "no-cache" });
            if (!response.ok) throw new Error(String(response.status));
            const html = await response.clone().text();
            await pages.put(key, response);
            for (const asset of assetsOfPage(html, origin)) assets.add(asset);
          } catch {
            failed++;
          }
          done++;
          if (done % 10 === 0 || done === total)
            await broadcast({ type: "save-progress", done, total, failed });
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
      failed += await keepFiles([
        ...assets,
        ...manifest.files.map((f) => new URL(f.path, origin).href),
      ]);
      const data = await caches.open(CACHES.files);
      for (const path of manifest.data) {
        try {
          const response = await fetch(new URL(path, origin).href, { cache: "no-cache" });
          if (response.ok) await data.put(new URL(path, origin).href, response);
          else failed++;
        } catch {
          failed++;
        }
      }
      const record: SavedSite = {
        build: manifest.build,
        savedAt: new Date().toISOString(),
        pages: total,
        failed,
      };
      await (
        await caches.open(CACHES.files)
      ).put(
        new URL(SAVED_SITE_KEY, origin).href,
        new Response(JSON.stringify(record), { headers: { "Content-Type": "application/json" } }),
      );
      await broadcast({ type: "save-done", done, total, failed, build: manifest.build });
    } catch (error) {
      await broadcast({ type: "save-failed", reason: (error as Error).message || "network error" });
    } finally {
      saving = null;
    }
  })();
  return saving;
}
