"use client";

import type { Backup, ChecklistSnapshot } from "@/lib/client/checklist-store";
import { getChecklistStore } from "@/lib/client/use-checklist";

const STRINGS = {
  unavailable: (error: string) =>
    `Progress can't be saved in this browser: its storage is blocked (${error}). Your ticks are kept until you close or reload this page; use “Export progress” to keep them.`,
  notSaved: (error: string) =>
    `Progress can't be saved in this browser: its storage refused the last change (${error}, usually because it is full). Your ticks are kept until you close or reload this page; use “Export progress” to keep them.`,
  backupTitle: "Saved progress could not be read",
  reasons: {
    "invalid-json": "it is not valid JSON",
    "invalid-shape": "it does not have the shape Shiori saves",
    "newer-version": "it was saved by a newer version of Shiori",
  } as const,
  backupBody: (reason: string | null) =>
    `The saved checklist progress in this browser could not be read${reason ? ` (${reason})` : ""}, so the checklist started empty. The unreadable value was kept.`,
  keptIn: (key: string) => `It is stored under the key “${key}”.`,
  keptInMemory: "Storage refused to keep a copy, so it is only kept until you leave this page.",
  download: "Download the unreadable value",
  remove: "Delete this backup",
};

function downloadHref(backup: Backup): string {
  return `data:text/plain;charset=utf-8,${encodeURIComponent(backup.raw)}`;
}

function downloadName(backup: Backup): string {
  const stamp = (backup.key ?? backup.id).replace(/[^0-9A-Za-z.-]+/g, "-");
  return `${stamp}.txt`;
}

const box = "rounded-md border px-4 py-3 text-sm print:hidden";
const warn = `${box} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100`;

/** Notices about saving: storage blocked or full, and backups of unreadable saved progress. */
export function StorageNotices({ snapshot }: { snapshot: ChecklistSnapshot }) {
  const { persistence, backups } = snapshot;
  return (
    <div role="status" className="space-y-3 empty:hidden">
      {persistence.kind === "unavailable" && (
        <p className={warn}>{STRINGS.unavailable(persistence.error)}</p>
      )}
      {persistence.kind === "not-saved" && (
        <p className={warn}>{STRINGS.notSaved(persistence.error)}</p>
      )}
      {backups.map((backup) => (
        <div key={backup.id} className={warn} data-backup-key={backup.key ?? ""}>
          <p className="font-semibold">{STRINGS.backupTitle}</p>
          <p className="mt-1">
            {STRINGS.backupBody(backup.reason ? STRINGS.reasons[backup.reason] : null)}{" "}
            {backup.key ? STRINGS.keptIn(backup.key) : STRINGS.keptInMemory}
          </p>
          <p className="mt-2 flex flex-wrap gap-4">
            <a
              href={downloadHref(backup)}
              download={downloadName(backup)}
              className="font-medium underline"
            >
              {STRINGS.download}
            </a>
            <button
              type="button"
              onClick={() => getChecklistStore().deleteBackup(backup.id)}
              className="font-medium underline"
            >
              {STRINGS.remove}
            </button>
          </p>
        </div>
      ))}
    </div>
  );
}
