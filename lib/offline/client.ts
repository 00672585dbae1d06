/**
 * The page side of offline reading: registers the service worker (lib/offline/sw.ts), tells it
 * which page the reader opened, asks it to save or forget the whole site, and reads what is kept
 * (Cache Storage is readable from pages too).
 */
import {
  CACHES,
  isOfflineManifest,
  OFFLINE_MANIFEST_PATH,
  pageKey,
  SAVED_SITE_KEY,
  SERVICE_WORKER_PATH,
  type FromWorker,
  type OfflineManifest,
  type SavedSite,
  type ToWorker,
} from "./policy";

/** Whether this browser can keep pages (service workers need a secure origin). */
export function offlineSupported(): boolean {
  return (
    typeof navigator !== "undefined" &&
    "serviceWorker" in navigator &&
    typeof caches !== "undefined" &&
    window.isSecureContext
  );
}

let registration: Promise<ServiceWorkerRegistration | null> | null = null;

/** Registers `/sw.js` once per page load; null where it cannot run. */
export function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!offlineSupported()) return Promise.resolve(null);
  registration ??= navigator.serviceWorker
    .register(SERVICE_WORKER_PATH, { scope: "/" })
    .catch((error: unknown) => {
      console.warn("shiori: offline reading is off, the service worker did not start:", error);
      return null;
    });
  return registration;
}

/** Sends a message to the active worker (waits for it to activate). */
export async function tellWorker(message: ToWorker): Promise<boolean> {
  const reg = await registerServiceWorker();
  if (!reg) return false;
  const ready = await navigator.serviceWorker.ready;
  const worker = ready.active ?? reg.active;
  if (!worker) return false;
  worker.postMessage(message);
  return true;
}

/** Calls `listener` with every message the worker sends this page; returns the unsubscribe. */
export function onWorkerMessage(listener: (message: FromWorker) => void): () => void {
  if (!offlineSupported()) return () => undefined;
  const handler = (event: MessageEvent) => {
    const data = event.data as FromWorker | null;
    if (data && typeof data.type === "string") listener(data);
  };
  navigator.serviceWorker.addEventListener("message", handler);
  return () => navigator.serviceWorker.removeEventListener("message", handler);
}

/** Whether the page at `href` (path or URL) is kept on this device. */
export async function isPageKept(href: string): Promise<boolean> {
  if (!offlineSupported()) return false;
  const cache = await caches.open(CACHES.pages);
  return Boolean(await cache.match(pageKey(href, location.origin)));
}

/** Paths of every kept page. */
export async function keptPages(): Promise<string[]> {
  if (!offlineSupported()) return [];
  const cache = await caches.open(CACHES.pages);
  return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
}

/** The record of the last "save the whole site", or null. */
export async function savedSite(): Promise<SavedSite | null> {
  if (!offlineSupported()) return null;
  const cache = await caches.open(CACHES.files);
  const response = await cache.match(new URL(SAVED_SITE_KEY, location.origin).href);
  if (!response) return null;
  try {
    return (await response.json()) as SavedSite;
  } catch {
    return null;
  }
}

/** The build's list of pages and files: from the network, else the kept copy; null without one. */
export async function loadOfflineManifest(): Promise<OfflineManifest | null> {
  try {
    const response = await fetch(OFFLINE_MANIFEST_PATH, { cache: "no-cache" });
    if (!response.ok) return null;
    const value: unknown = await response.json();
    return isOfflineManifest(value) ? value : null;
  } catch {
    return null;
  }
}

/** Bytes the whole site takes (pages and files), for the save button. */
export function manifestBytes(manifest: OfflineManifest): number {
  let bytes = 0;
  for (const p of manifest.pages) bytes += p.bytes;
  for (const f of manifest.files) bytes += f.bytes;
  return bytes;
}
