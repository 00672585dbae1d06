"use client";

import { useDictionaries } from "@/lib/i18n/client";
import type { Backup, ChecklistSnapshot } from "@/lib/client/checklist-store";
import { getChecklistStore } from "@/lib/client/use-checklist";
import { localizedBy } from "@/lib/i18n/format";
import { translate } from "@/lib/i18n/messages";
import { Localized } from "../Localized";
import { T } from "../T";

const REASON_KEYS = {
  "invalid-json": "checklist.storage.reason.invalid-json",
  "invalid-shape": "checklist.storage.reason.invalid-shape",
  "newer-version": "checklist.storage.reason.newer-version",
} as const;

/** Why saved progress was set aside, with the reason when it is known. */
function BackupBody({ reason }: { reason: Backup["reason"] }) {
  useDictionaries();
  if (!reason) return <T k="checklist.storage.backupBody" />;
  return (
    <Localized
      texts={localizedBy((locale) =>
        translate(locale, "checklist.storage.backupBodyReason", {
          reason: translate(locale, REASON_KEYS[reason]),
        }),
      )}
    />
  );
}

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
        <p className={warn}>
          <T k="checklist.storage.unavailable" vars={{ error: persistence.error }} />
        </p>
      )}
      {persistence.kind === "not-saved" && (
        <p className={warn}>
          <T k="checklist.storage.notSaved" vars={{ error: persistence.error }} />
        </p>
      )}
      {backups.map((backup) => (
        <div key={backup.id} className={warn} data-backup-key={backup.key ?? ""}>
          <p className="font-semibold">
            <T k="checklist.storage.backupTitle" />
          </p>
          <p className="mt-1">
            <BackupBody reason={backup.reason} />{" "}
            {backup.key ? (
              <T k="checklist.storage.keptIn" vars={{ key: backup.key }} />
            ) : (
              <T k="checklist.storage.keptInMemory" />
            )}
          </p>
          <p className="mt-2 flex flex-wrap gap-4">
            <a
              href={downloadHref(backup)}
              download={downloadName(backup)}
              className="font-medium underline"
            >
              <T k="checklist.storage.download" />
            </a>
            <button
              type="button"
              onClick={() => getChecklistStore().deleteBackup(backup.id)}
              className="font-medium underline"
            >
              <T k="checklist.storage.remove" />
            </button>
          </p>
        </div>
      ))}
    </div>
  );
}
