"use client";

import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import type { ChecklistState } from "@/lib/client/checklist-schema";
import type { DescribeItem, ImportReport, ReportLine } from "@/lib/client/checklist-transfer";
import { getChecklistStore } from "@/lib/client/use-checklist";
import { downloadText } from "./download";

const STRINGS = {
  heading: "Your progress",
  export: "Export progress",
  import: "Import progress…",
  print: "Print",
  reset: "Reset progress…",
  undo: (when: string) => `Undo the reset of ${when}`,
  undone: "The reset was undone.",
  resetDone: "Progress was reset.",
  dialogTitle: "Reset your progress?",
  dialogBody: (n: number) =>
    `This clears the ${n} ${n === 1 ? "item" : "items"} you ticked or unticked. Items ticked in the notes themselves go back to ticked. You can undo the reset afterwards.`,
  confirm: "Reset",
  cancel: "Cancel",
  nothingToReset: "There is nothing to reset: you have not changed any item.",
  importFailed: "Import failed.",
  reportTitle: "Import finished",
  imported: (n: number) => `${n} ${n === 1 ? "item was" : "items were"} imported.`,
  alreadyNewer: (n: number) =>
    `${n} ${n === 1 ? "item was" : "items were"} skipped because the change here is newer.`,
  missing: (n: number) =>
    `${n} ${n === 1 ? "item is" : "items are"} no longer in the notes; kept under “Orphaned progress”.`,
  ticked: "ticked",
  unticked: "not ticked",
  fileName: (date: string) => `shiori-checklist-${date}.json`,
};

type Message =
  | { kind: "report"; report: ImportReport; file: string }
  | { kind: "error"; text: string }
  | { kind: "text"; text: string };

const button =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800";

export interface ChecklistActionsProps {
  state: ChecklistState;
  /** Ids of the items in the current notes. */
  known: ReadonlySet<string>;
  describe: DescribeItem;
}

/** Export, import (with a report), print, reset with confirmation and undo. */
export function ChecklistActions({ state, known, describe }: ChecklistActionsProps) {
  const id = useId();
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const changed = Object.keys(state.items).length;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (confirming && !element.open) element.showModal();
    if (!confirming && element.open) element.close();
  }, [confirming]);

  const exportProgress = () => {
    const file = getChecklistStore().exportProgress(describe);
    downloadText(
      `${JSON.stringify(file, null, 2)}\n`,
      STRINGS.fileName(file.exportedAt.slice(0, 10)),
    );
  };

  const importProgress = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const outcome = getChecklistStore().importProgress(await file.text(), known);
    setMessage(
      outcome.ok
        ? { kind: "report", report: outcome.report, file: file.name }
        : { kind: "error", text: outcome.error },
    );
  };

  const reset = () => {
    getChecklistStore().reset();
    setConfirming(false);
    setMessage({ kind: "text", text: STRINGS.resetDone });
    // The undo button appears with the reset; move focus to it so it is one key away.
    requestAnimationFrame(() => undoButton.current?.focus());
  };

  const undo = () => {
    if (getChecklistStore().undoReset()) setMessage({ kind: "text", text: STRINGS.undone });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="mb-6 print:hidden">
      <h2 id={`${id}-heading`} className="sr-only">
        {STRINGS.heading}
      </h2>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={exportProgress} className={button}>
          {STRINGS.export}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} className={button}>
          {STRINGS.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json,.txt"
          hidden
          onChange={(event) => void importProgress(event)}
        />
        <button type="button" onClick={() => window.print()} className={button}>
          {STRINGS.print}
        </button>
        <button
          type="button"
          onClick={() =>
            changed === 0
              ? setMessage({ kind: "text", text: STRINGS.nothingToReset })
              : setConfirming(true)
          }
          className={`${button} text-red-700 dark:text-red-400`}
        >
          {STRINGS.reset}
        </button>
        {state.previous && (
          <button ref={undoButton} type="button" onClick={undo} className={button}>
            {STRINGS.undo(new Date(state.previous.resetAt).toLocaleString())}
          </button>
        )}
      </div>

      <div role="status" className="mt-3 text-sm empty:hidden">
        {message?.kind === "text" && <p>{message.text}</p>}
        {message?.kind === "error" && (
          <p className="text-red-700 dark:text-red-400">
            {STRINGS.importFailed} {message.text}
          </p>
        )}
        {message?.kind === "report" && (
          <ImportReportView report={message.report} file={message.file} />
        )}
      </div>

      <dialog
        ref={dialog}
        aria-labelledby={`${id}-dialog-title`}
        onClose={() => setConfirming(false)}
        className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-5 text-slate-900 backdrop:bg-slate-900/50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={`${id}-dialog-title`} className="text-lg font-semibold">
          {STRINGS.dialogTitle}
        </h2>
        <p className="mt-2 text-sm">{STRINGS.dialogBody(changed)}</p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" onClick={() => setConfirming(false)} className={button}>
            {STRINGS.cancel}
          </button>
          <button
            type="button"
            onClick={reset}
            className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
          >
            {STRINGS.confirm}
          </button>
        </div>
      </dialog>
    </section>
  );
}

function ImportReportView({ report, file }: { report: ImportReport; file: string }) {
  const parts: [string, ReportLine[]][] = [
    [STRINGS.imported(report.imported.length), report.imported],
    [STRINGS.alreadyNewer(report.alreadyNewer.length), report.alreadyNewer],
    [STRINGS.missing(report.missing.length), report.missing],
  ];
  return (
    <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <p className="font-semibold">
        {STRINGS.reportTitle}: {file}
      </p>
      <ul className="mt-1 space-y-1">
        {parts.map(([summary, lines]) => (
          <li key={summary}>
            {lines.length === 0 ? (
              summary
            ) : (
              <details>
                <summary className="cursor-pointer">{summary}</summary>
                <ul className="ml-5 list-disc">
                  {lines.map((line) => (
                    <li key={line.id}>
                      {line.text ?? line.id} ({line.checked ? STRINGS.ticked : STRINGS.unticked})
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
