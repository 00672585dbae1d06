import type { TextRepair } from "@/lib/content/types";
import { encodingLabel } from "@/lib/encoding/labels";

/** Interface text of the notice; `{encoding}`, `{repaired}` and `{low}` are filled in. */
export interface RepairNoticeText {
  mojibake: string;
  legacy: string;
  viewOriginal: string;
  originalLabel: string;
}

export const REPAIR_NOTICE_EN: RepairNoticeText = {
  mojibake:
    "Repaired from text decoded as {encoding}; {repaired} characters reconstructed; {low} low-confidence (underlined).",
  legacy: "Decoded from {encoding}; the source file is not UTF-8.",
  viewOriginal: "View the original text",
  originalLabel: "The text as the file holds it",
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}

/**
 * Tells the reader that the note's text was repaired or decoded from a legacy encoding, with the
 * figures, and lets them read the text as the file holds it.
 */
export function RepairNotice({
  repair,
  uiText,
}: {
  repair: TextRepair;
  uiText?: Partial<RepairNoticeText>;
}) {
  const text = { ...REPAIR_NOTICE_EN, ...uiText };
  const values = {
    encoding: encodingLabel(repair.encoding),
    repaired: repair.repaired.toLocaleString("en-US"),
    low: repair.lowConfidence.length.toLocaleString("en-US"),
  };
  const mojibake = repair.kind === "mojibake";
  return (
    <aside
      role="note"
      data-repair-notice={repair.kind}
      className="my-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="m-0">{fill(mojibake ? text.mojibake : text.legacy, values)}</p>
      {mojibake && repair.original ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium text-amber-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:text-amber-200">
            {text.viewOriginal}
          </summary>
          <pre
            aria-label={text.originalLabel}
            tabIndex={0}
            className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-all rounded bg-white p-3 font-mono text-xs text-slate-800 dark:bg-slate-900 dark:text-slate-200"
          >
            {repair.original}
          </pre>
        </details>
      ) : null}
    </aside>
  );
}
