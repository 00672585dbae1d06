"use client";

import Link from "next/link";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import {
  keptPages,
  loadOfflineManifest,
  manifestBytes,
  offlineSupported,
  onWorkerMessage,
  registerServiceWorker,
  savedSite,
  tellWorker,
} from "@/lib/offline/client";
import type { OfflineManifest, SavedSite } from "@/lib/offline/policy";
import { formatDateTime } from "@/lib/i18n/format";
import { useUiLocale } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/messages";
import type { UiLocale } from "@/lib/i18n/locales";

type Job =
  | { state: "idle" }
  | { state: "saving"; done: number; total: number }
  | { state: "done"; failed: number }
  | { state: "failed"; reason: string }
  | { state: "removed" };

function megabytes(locale: UiLocale, bytes: number): string {
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
  }).format(Math.max(0.1, bytes / 1_000_000));
}

const noSubscription = () => () => {};

const buttonBase =
  "inline-flex min-h-11 items-center rounded-md px-4 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-60";

/**
 * The Offline reading control: how much of the site this device keeps, "Save all pages" with its
 * progress (the worker saves; this page only shows), "Remove saved pages", and the kept pages.
 */
export function OfflinePanel() {
  const locale = useUiLocale();
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  // Unknown (null) in the static HTML: the panel appears once the browser says.
  const supported = useSyncExternalStore<boolean | null>(
    noSubscription,
    offlineSupported,
    () => null,
  );
  const [manifest, setManifest] = useState<OfflineManifest | null | undefined>(undefined);
  const [kept, setKept] = useState<string[]>([]);
  const [saved, setSaved] = useState<SavedSite | null>(null);
  const [job, setJob] = useState<Job>({ state: "idle" });

  const refresh = useCallback(async () => {
    setKept(await keptPages());
    setSaved(await savedSite());
  }, []);

  useEffect(() => {
    if (!offlineSupported()) return;
    void registerServiceWorker();
    void loadOfflineManifest().then(setManifest);
    void Promise.all([keptPages(), savedSite()]).then(([k, s]) => {
      setKept(k);
      setSaved(s);
    });
    return onWorkerMessage((message) => {
      if (message.type === "save-progress")
        setJob({ state: "saving", done: message.done, total: message.total });
      else if (message.type === "save-done") {
        setJob({ state: "done", failed: message.failed });
        void refresh();
      } else if (message.type === "save-failed")
        setJob({ state: "failed", reason: message.reason });
      else if (message.type === "forgotten") {
        setJob({ state: "removed" });
        void refresh();
      } else if (message.type === "page-kept") void refresh();
    });
  }, [refresh]);

  if (supported === null) return null;
  if (!supported)
    return (
      <p className="mt-6 text-slate-700 dark:text-slate-300" data-offline-panel="unsupported">
        {t("offline.unsupported")}
      </p>
    );

  const total = manifest?.pages.length ?? 0;
  const keptSet = new Set(kept);
  const keptOfSite = manifest
    ? manifest.pages.filter((p) => keptSet.has(p.path)).length
    : kept.length;
  const current = Boolean(
    manifest && saved && saved.build === manifest.build && keptOfSite === total,
  );
  const saving = job.state === "saving";
  const titles = new Map(manifest?.pages.map((p) => [p.path, p.title]) ?? []);
  const save = () => {
    setJob({ state: "saving", done: 0, total });
    void tellWorker({ type: "save-site" }).then((sent) => {
      if (!sent) setJob({ state: "failed", reason: t("offline.noWorker") });
    });
  };

  return (
    <div className="mt-6 space-y-4" data-offline-panel="">
      <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <p data-offline-summary="" className="font-medium">
          {manifest
            ? t("offline.keptOfTotal", { kept: keptOfSite, count: total })
            : t("offline.keptCount", { count: kept.length })}
        </p>
        {saved && (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {current
              ? t("offline.savedAt", { date: formatDateTime(locale, saved.savedAt) })
              : t("offline.savedStale", { date: formatDateTime(locale, saved.savedAt) })}
          </p>
        )}
        {manifest === null && (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {t("offline.noManifest")}
          </p>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          {manifest && (
            <button
              type="button"
              onClick={save}
              disabled={saving}
              data-offline-save=""
              className={`${buttonBase} bg-sky-700 text-white hover:bg-sky-800 dark:hover:bg-sky-800`}
            >
              {current || saved
                ? t("offline.update", { size: megabytes(locale, manifestBytes(manifest)) })
                : t("offline.saveAll", {
                    count: total,
                    size: megabytes(locale, manifestBytes(manifest)),
                  })}
            </button>
          )}
          {kept.length > 0 && (
            <button
              type="button"
              disabled={saving}
              data-offline-remove=""
              onClick={() => void tellWorker({ type: "forget-all" })}
              className={`${buttonBase} border border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800`}
            >
              {t("offline.remove")}
            </button>
          )}
        </div>
        <div role="status" className="mt-3 text-sm" data-offline-job={job.state}>
          {saving && (
            <>
              <progress
                className="h-2 w-full max-w-sm accent-sky-700"
                max={Math.max(1, job.total)}
                value={job.done}
                aria-label={t("offline.progressLabel")}
              />
              <span className="ml-2 tabular-nums">
                {t("offline.saving", { done: job.done, total: job.total })}
              </span>
            </>
          )}
          {job.state === "done" &&
            (job.failed ? t("offline.doneWithFailures", { count: job.failed }) : t("offline.done"))}
          {job.state === "failed" && (
            <span className="text-amber-800 dark:text-amber-300">
              {t("offline.failed", { reason: job.reason })}
            </span>
          )}
          {job.state === "removed" && t("offline.removed")}
        </div>
      </div>
      {kept.length > 0 && (
        <details className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <summary className="cursor-pointer font-medium">
            {t("offline.keptList", { count: kept.length })}
          </summary>
          <ul className="mt-3 space-y-1" data-offline-kept-list="">
            {kept.map((path) => (
              <li key={path}>
                <Link
                  href={path}
                  prefetch={false}
                  className="text-sky-800 underline underline-offset-2 dark:text-sky-300"
                >
                  {titles.get(path) ?? safeDecode(path)}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
