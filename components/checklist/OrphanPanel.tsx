"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { useId, useMemo, useState } from "react";
import { rankCandidates, type Orphan } from "@/lib/client/checklist-orphans";
import { getChecklistStore } from "@/lib/client/use-checklist";
import { formatDateTime, localizedBy } from "@/lib/i18n/format";
import { translate } from "@/lib/i18n/messages";
import { Localized } from "../Localized";
import { T } from "../T";
import type { ChecklistPageItem } from "@/lib/portal/checklist-types";

/** How many current items the re-attach menu offers, most similar first. */
const MAX_CANDIDATES = 30;

export interface OrphanPanelProps {
  orphans: Orphan[];
  items: readonly ChecklistPageItem[];
  /** Note slug → title, for notes that still exist. */
  noteTitles: ReadonlyMap<string, string>;
  normalize: (text: string) => string;
}

const button =
  "rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

export function OrphanPanel({ orphans, items, noteTitles, normalize }: OrphanPanelProps) {
  const id = useId();
  if (orphans.length === 0) return null;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mb-8 rounded-lg border border-amber-300 p-4 print:hidden dark:border-amber-700"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        <T k="checklist.orphans.heading" vars={{ count: orphans.length }} />
      </h2>
      <p className="cjk-text mt-1 text-sm">
        <T k="checklist.orphans.intro" />
      </p>
      <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-700">
        {orphans.map((orphan) => (
          <OrphanRow
            key={orphan.id}
            orphan={orphan}
            items={items}
            noteTitles={noteTitles}
            normalize={normalize}
          />
        ))}
      </ul>
      {orphans.length > 1 && (
        <button
          type="button"
          className={`${button} mt-3`}
          onClick={() => {
            const store = getChecklistStore();
            for (const orphan of orphans) store.discard(orphan.id);
          }}
        >
          <T k="checklist.orphans.discardAll" />
        </button>
      )}
    </section>
  );
}

function OrphanRow({
  orphan,
  items,
  noteTitles,
  normalize,
}: {
  orphan: Orphan;
  items: readonly ChecklistPageItem[];
  noteTitles: ReadonlyMap<string, string>;
  normalize: (text: string) => string;
}) {
  useDictionaries();
  const candidates = useMemo(
    () =>
      rankCandidates(
        orphan,
        items.map((item) => ({ ...item, text: item.plain })),
        normalize,
      ).slice(0, MAX_CANDIDATES),
    [orphan, items, normalize],
  );
  const [target, setTarget] = useState<string>(candidates[0]?.id ?? "");
  const noteLang = items.find((item) => item.note === orphan.entry.note)?.noteLang;
  const note = orphan.entry.note ? (noteTitles.get(orphan.entry.note) ?? orphan.entry.note) : null;

  const reattach = () => {
    const item = candidates.find((c) => c.id === target);
    if (item)
      getChecklistStore().reattach(orphan.id, item.id, { text: item.plain, note: item.note });
  };

  return (
    <li className="py-3" data-orphan-id={orphan.id}>
      <p lang={noteLang} className="font-medium">
        {orphan.entry.text ?? <T k="checklist.orphans.unknownText" vars={{ id: orphan.id }} />}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        <Localized
          texts={localizedBy((locale) =>
            translate(
              locale,
              orphan.entry.checked ? "checklist.orphans.ticked" : "checklist.orphans.unticked",
              { when: formatDateTime(locale, orphan.entry.updatedAt) },
            ),
          )}
        />
        {note && (
          <>
            {" · "}
            <T k="checklist.orphans.note" /> <span lang={noteLang}>{note}</span>
          </>
        )}
      </p>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
          <T k="checklist.orphans.target" />
          <select
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          >
            {candidates.map((item) => (
              <option key={item.id} value={item.id} lang={item.lang}>
                {item.plain.length > 80 ? `${item.plain.slice(0, 79)}…` : item.plain}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={button} onClick={reattach} disabled={target === ""}>
          <T k="checklist.orphans.reattach" />
        </button>
        <button
          type="button"
          className={button}
          onClick={() => getChecklistStore().discard(orphan.id)}
        >
          <T k="checklist.orphans.discard" />
        </button>
      </div>
    </li>
  );
}
