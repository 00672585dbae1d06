import type { ReactNode } from "react";
import type { ChecklistSnapshot } from "@/lib/client/checklist-store";

const STRINGS = {
  notSaved:
    "Your ticks can't be saved in this browser (its storage is blocked or full). They are kept until you close or reload this page.",
  backup: "Saved checklist progress could not be read; a backup was kept.",
};

/** One-line notice for pages with task boxes: shown only when progress is not being saved. */
export function StorageStatusLine({
  snapshot,
  children,
}: {
  snapshot: ChecklistSnapshot;
  children?: ReactNode;
}) {
  const notSaved = snapshot.persistence.kind !== "saved";
  const hasBackup = snapshot.backups.length > 0;
  if (!notSaved && !hasBackup) return null;
  return (
    <p
      role="status"
      className="my-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 print:hidden dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {notSaved ? STRINGS.notSaved : STRINGS.backup} {children}
    </p>
  );
}
