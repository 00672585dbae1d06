import type { TextRepair } from "@/lib/content/types";
import { encodingLabel } from "@/lib/encoding/labels";
import { i18nAttr } from "@/lib/i18n/attrs";
import { T } from "./T";

/**
 * Tells the reader that the note's text was repaired or decoded from a legacy encoding, with the
 * figures, and lets them read the text as the file holds it. The notice is interface text (in
 * the reader's UI language, `repair.*` messages); the original stays as the file holds it.
 */
export function RepairNotice({ repair }: { repair: TextRepair }) {
  const vars = {
    encoding: encodingLabel(repair.encoding),
    // Digits are grouped the same way in every UI language (1,234).
    repaired: repair.repaired.toLocaleString("en-US"),
    low: repair.lowConfidence.length.toLocaleString("en-US"),
    count: repair.repaired,
  };
  const mojibake = repair.kind === "mojibake";
  return (
    <aside
      role="note"
      data-repair-notice={repair.kind}
      className="cjk-text my-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="m-0">
        <T k={mojibake ? "repair.mojibake" : "repair.legacy"} vars={vars} />
      </p>
      {mojibake && repair.original ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium text-amber-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:text-amber-200">
            <T k="repair.viewOriginal" />
          </summary>
          <pre
            {...i18nAttr("aria-label", "repair.originalLabel")}
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
