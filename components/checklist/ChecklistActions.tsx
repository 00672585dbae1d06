"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import type { ChecklistState } from "@/lib/client/checklist-schema";
import type { DescribeItem, ImportReport, ReportLine } from "@/lib/client/checklist-transfer";
import { getChecklistStore } from "@/lib/client/use-checklist";
import { formatDateTime, localizedBy } from "@/lib/i18n/format";
import { translate, type MessageKey } from "@/lib/i18n/messages";
import { Localized } from "../Localized";
import { T } from "../T";
import { downloadText } from "./download";

/** Name of the exported file (not translated: it is an identifier, sorted by date). */
const fileName = (date: string) => `shiori-checklist-${date}.json`;

type Message =
  | { kind: "report"; report: ImportReport; file: string }
  | { kind: "error"; text: string }
  | { kind: "text"; key: MessageKey };

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
  useDictionaries();
  const id = useId();
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const changed = Object.keys(state.items).length;
  const resetAt = state.previous?.resetAt;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (confirming && !element.open) element.showModal();
    if (!confirming && element.open) element.close();
  }, [confirming]);

  const exportProgress = () => {
    const file = getChecklistStore().exportProgress(describe);
    downloadText(`${JSON.stringify(file, null, 2)}\n`, fileName(file.exportedAt.slice(0, 10)));
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
    setMessage({ kind: "text", key: "checklist.resetDone" });
    // The undo button appears with the reset; move focus to it so it is one key away.
    requestAnimationFrame(() => undoButton.current?.focus());
  };

  const undo = () => {
    if (getChecklistStore().undoReset()) setMessage({ kind: "text", key: "checklist.undone" });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="mb-6 print:hidden">
      <h2 id={`${id}-heading`} className="sr-only">
        <T k="progress.label" />
      </h2>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={exportProgress} className={button}>
          <T k="checklist.export" />
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} className={button}>
          <T k="checklist.import" />
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json,.txt"
          hidden
          onChange={(event) => void importProgress(event)}
        />
        <button type="button" onClick={() => window.print()} className={button}>
          <T k="checklist.print" />
        </button>
        <button
          type="button"
          onClick={() =>
            changed === 0
              ? setMessage({ kind: "text", key: "checklist.nothingToReset" })
              : setConfirming(true)
          }
          className={`${button} text-red-700 dark:text-red-400`}
        >
          <T k="checklist.reset" />
        </button>
        {resetAt !== undefined && (
          <button ref={undoButton} type="button" onClick={undo} className={button}>
            <Localized
              texts={localizedBy((locale) =>
                translate(locale, "checklist.undo", {
                  when: formatDateTime(locale, resetAt),
                }),
              )}
            />
          </button>
        )}
      </div>

      <div role="status" className="mt-3 text-sm empty:hidden">
        {message?.kind === "text" && (
          <p>
            <T k={message.key} />
          </p>
        )}
        {message?.kind === "error" && (
          <p className="text-red-700 dark:text-red-400">
            <T k="checklist.importFailed" /> {message.text}
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
          <T k="checklist.dialogTitle" />
        </h2>
        <p className="cjk-text mt-2 text-sm">
          <T k="checklist.dialogBody" vars={{ count: changed }} />
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" onClick={() => setConfirming(false)} className={button}>
            <T k="checklist.cancel" />
          </button>
          <button
            type="button"
            onClick={reset}
            className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
          >
            <T k="checklist.confirmReset" />
          </button>
        </div>
      </dialog>
    </section>
  );
}

const REPORT_PARTS = [
  ["imported", "checklist.imported"],
  ["alreadyNewer", "checklist.alreadyNewer"],
  ["missing", "checklist.missing"],
] as const;

function ImportReportView({ report, file }: { report: ImportReport; file: string }) {
  return (
    <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <p className="font-semibold">
        <T k="checklist.reportTitle" vars={{ file }} />
      </p>
      <ul className="mt-1 space-y-1">
        {REPORT_PARTS.map(([part, key]) => {
          const lines: ReportLine[] = report[part];
          const summary = <T k={key} vars={{ count: lines.length }} />;
          return (
            <li key={part}>
              {lines.length === 0 ? (
                summary
              ) : (
                <details>
                  <summary className="cursor-pointer">{summary}</summary>
                  <ul className="ml-5 list-disc">
                    {lines.map((line) => (
                      <li key={line.id}>
                        {line.text ?? line.id} (
                        <T k={line.checked ? "checklist.ticked" : "checklist.unticked"} />)
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
