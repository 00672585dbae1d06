import type { TextRepair } from "@/lib/content/types";
import { encodingLabel } from "@/lib/encoding/labels";
import { i18nAttr } from "@/lib/i18n/attrs";
import { DismissButton } from "./DismissButton";
import { T } from "./T";

/**
 * One small line telling the reader that the note's text was repaired or decoded from a legacy
 * encoding, with the figures and the text as the file holds it behind "Details". It can be
 * dismissed: once closed it stays closed on every page of the note (the pre-paint script hides it
 * before it is painted). The notice is interface text (`repair.*` messages); the original stays as
 * the file holds it. What went wrong in the file is on /health and in `shiori check`.
 */
export function RepairNotice({ repair, note }: { repair: TextRepair; note: string }) {
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
      data-dismiss-key={`repair:${note}`}
      // The pre-paint script may set `hidden` before hydration.
      suppressHydrationWarning
      className="cjk-text my-3 flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50/70 px-3 py-1.5 text-xs text-amber-950 dark:border-amber-800/70 dark:bg-amber-950/30 dark:text-amber-100"
    >
      <details className="min-w-0 flex-1">
        <summary className="cursor-pointer py-0.5 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600">
          <T k={mojibake ? "repair.short" : "repair.shortLegacy"} vars={vars} />{" "}
          <span className="font-medium text-amber-900 dark:text-amber-200">
            <T k="repair.details" />
          </span>
        </summary>
        <p className="mt-1 mb-0">
          <T k={mojibake ? "repair.mojibake" : "repair.legacy"} vars={vars} />
        </p>
        {mojibake && repair.original ? (
          <details className="mt-1">
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
      </details>
      <DismissButton />
    </aside>
  );
}
