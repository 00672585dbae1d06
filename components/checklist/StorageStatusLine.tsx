import type { ReactNode } from "react";
import type { ChecklistSnapshot } from "@/lib/client/checklist-store";
import { T } from "../T";

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
      <T k={notSaved ? "checklist.status.notSaved" : "checklist.status.backup"} /> {children}
    </p>
  );
}
