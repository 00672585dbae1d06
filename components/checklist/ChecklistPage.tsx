"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { normalizeText } from "@/lib/search/normalize";
import { findOrphans } from "@/lib/client/checklist-orphans";
import { computeProgress } from "@/lib/client/checklist-progress";
import type { DescribeItem } from "@/lib/client/checklist-transfer";
import {
  ALL_ITEMS,
  groupItems,
  matchFilter,
  type ChecklistFilter,
} from "@/lib/client/checklist-view";
import { getChecklistStore, useChecklist } from "@/lib/client/use-checklist";
import { UNCLASSIFIED } from "@/lib/content/category-ids";
import { AreaBars } from "./AreaBars";
import { ChecklistActions } from "./ChecklistActions";
import { ChecklistFilters } from "./ChecklistFilters";
import { ChecklistGroups } from "./ChecklistGroups";
import { OrphanPanel } from "./OrphanPanel";
import { ProgressBar } from "./ProgressBar";
import { StorageNotices } from "./StorageNotices";
import type { ChecklistPageData, ChecklistPageItem } from "@/lib/portal/checklist-types";
import { isLang } from "@/lib/content/types";
import { formatList, localizedBy } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { translate, translations, type LocalizedTexts } from "@/lib/i18n/messages";
import { ProfilePicker, type ReadinessRef } from "../readiness/ProfilePicker";
import { usePickedProfile } from "@/lib/client/use-readiness";

export type { ReadinessRef };

/** A team profile's board: its code (and the YAML writer behind it) loads once one is picked. */
const ProfileBoard = lazy(() =>
  import("../readiness/ProfileBoard").then((m) => ({ default: m.ProfileBoard })),
);
import { Localized } from "../Localized";
import { T } from "../T";
import { PageHeader } from "../ui/PageHeader";

/** How many matching items are drawn at first, and added by each "show more". */
const RENDER_STEP = 500;

/** The checklist page: progress, notices, actions, orphans, filters and the grouped items. */
export function ChecklistPage({
  data,
  readiness,
}: {
  data: ChecklistPageData;
  /** The team's profiles (names and titles) and the URL of their data; absent when there are none. */
  readiness?: ReadinessRef;
}) {
  useDictionaries();
  const snapshot = useChecklist();
  const { selected, load, profile, edits } = usePickedProfile(readiness);
  const profiles = readiness?.profiles ?? [];
  const owners = useMemo(
    () => [...new Set(data.items.flatMap((i) => i.meta?.owners ?? []))].sort(),
    [data.items],
  );
  const dated = useMemo(() => data.items.some((i) => i.meta?.due || i.meta?.every), [data.items]);
  const { state } = snapshot;
  const [filter, setFilterState] = useState<ChecklistFilter>(ALL_ITEMS);
  // Items ticked while "open only"/"done only" is shown stay in place until the filter changes,
  // so the row (and the keyboard focus on it) does not vanish under the reader.
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  // Rows drawn: the first RENDER_STEP matches, more on request (9,000 items at 1,000 notes).
  const [limit, setLimit] = useState(RENDER_STEP);

  const setFilter = useCallback((next: ChecklistFilter) => {
    setFilterState(next);
    setPinned(new Set());
    setLimit(RENDER_STEP);
  }, []);

  const known = useMemo(() => new Set<string>(data.items.map((item) => item.id)), [data.items]);
  const byId = useMemo(
    () => new Map<string, ChecklistPageItem>(data.items.map((i) => [i.id, i])),
    [data.items],
  );
  const noteTitles = useMemo(
    () => new Map(data.items.map((i) => [i.note, i.noteTitle])),
    [data.items],
  );
  const noteLangs = useMemo(
    () => new Map(data.items.map((i) => [i.note, i.noteLang])),
    [data.items],
  );
  const labels = useMemo(
    () =>
      new Map<string, LocalizedTexts>(
        data.areas.flatMap((a) => [
          [a.id, a.labels] as const,
          ...a.children.map((c) => [c.id, c.labels] as const),
        ]),
      ),
    [data.areas],
  );

  const progress = useMemo(() => computeProgress(data.items, state), [data.items, state]);
  const visible = useMemo(() => {
    const matches = matchFilter(filter, state, normalizeText);
    return data.items.filter((item) => pinned.has(item.id) || matches(item));
  }, [data.items, filter, state, pinned]);
  const groups = useMemo(
    () => groupItems(visible.slice(0, limit), data.areas),
    [visible, limit, data.areas],
  );
  const orphans = useMemo(() => findOrphans(state, known), [state, known]);

  const describe = useCallback<DescribeItem>(
    (id) => {
      const item = byId.get(id);
      return item && { text: item.plain, note: item.note, noteTitle: item.noteTitle };
    },
    [byId],
  );

  const onToggle = useCallback(
    (item: ChecklistPageItem, checked: boolean) => {
      if (filter.status !== "all") setPinned((old) => new Set(old).add(item.id));
      getChecklistStore().setChecked(item.id, checked, { text: item.plain, note: item.note });
    },
    [filter.status],
  );

  // One filter form for both views; `shown` is how many items the view in force lists.
  const filters = (shown: number) => (
    <ChecklistFilters
      filter={filter}
      onChange={setFilter}
      areas={data.areas}
      langs={data.langs}
      owners={owners}
      dated={dated}
      shown={shown}
      total={data.items.length}
    />
  );
  const loadingProfile = (
    <p role="status" className="mt-4 text-slate-700 dark:text-slate-300">
      <T k="readiness.loading" />
    </p>
  );

  // The filter in force, written out for the printout (the controls do not print).
  const printedFilter = useMemo(() => {
    if (filter === ALL_ITEMS) return null;
    const parts = (locale: UiLocale) =>
      [
        filter.status !== "all" ? translate(locale, `checklist.filter.${filter.status}`) : null,
        filter.area !== "all"
          ? (labels.get(filter.area)?.[locale].text ?? translate(locale, "category.unclassified"))
          : null,
        isLang(filter.lang) ? translate(locale, `lang.${filter.lang}`) : null,
        filter.text !== "" ? `“${filter.text}”` : null,
      ].filter((part): part is string => part !== null);
    if (parts("en").length === 0) return null;
    return localizedBy((locale) =>
      translate(locale, "checklist.printedFilter", { filters: formatList(locale, parts(locale)) }),
    );
  }, [filter, labels]);

  return (
    <div className="page-column page-narrow print:max-w-none">
      <PageHeader
        crumbs={[{ href: null, label: <T k="nav.checklist" /> }]}
        title={<T k="checklist.title" />}
        intro={<T k="checklist.intro" />}
        introClassName="mb-6 print:hidden"
      />
      {printedFilter && (
        <p className="mb-4 hidden text-sm print:block">
          <Localized texts={printedFilter} />
        </p>
      )}

      <ProfilePicker profiles={profiles} selected={selected} />
      {selected !== null && load.state === "failed" && (
        <p role="alert" className="mt-4 text-amber-900 dark:text-amber-200">
          <T k="readiness.loadFailed" /> <code className="text-sm">{load.reason}</code>
        </p>
      )}
      {selected !== null && load.state !== "failed" && (
        <Suspense fallback={loadingProfile}>
          {profile && load.state === "ready" ? (
            <ProfileBoard
              data={data}
              profile={profile}
              sections={load.data.sections}
              edits={edits ?? {}}
              filter={filter}
              labels={labels}
              filters={filters}
            />
          ) : (
            loadingProfile
          )}
        </Suspense>
      )}
      {selected === null && (
        <>
          <StorageNotices snapshot={snapshot} />

          <section aria-labelledby="progress-heading" className="my-6 space-y-4">
            <h2 id="progress-heading" className="sr-only">
              <T k="checklist.progress" />
            </h2>
            <ProgressBar label={translations("checklist.overall")} count={progress.overall} />
            <AreaBars
              areas={data.areas}
              counts={{ ...progress.areas, [UNCLASSIFIED]: progress.unclassified }}
              open
            />
            <details className="rounded-lg border border-slate-200 p-3 print:hidden dark:border-slate-800">
              <summary className="cursor-pointer text-sm font-semibold">
                <T k="checklist.byNote" />
              </summary>
              <div className="mt-3 grid gap-3 sm:grid-cols-2">
                {[...noteTitles].map(([note, title]) => (
                  <ProgressBar
                    key={note}
                    label={title}
                    lang={noteLangs.get(note)}
                    count={progress.notes[note] ?? { done: 0, total: 0 }}
                  />
                ))}
              </div>
            </details>
          </section>

          <ChecklistActions state={state} known={known} describe={describe} />
          <OrphanPanel
            orphans={orphans}
            items={data.items}
            noteTitles={noteTitles}
            normalize={normalizeText}
          />
          {filters(visible.length)}
          <ChecklistGroups
            groups={groups}
            labels={labels}
            progress={progress}
            state={state}
            onToggle={onToggle}
          />
          {visible.length > limit && (
            <p className="mt-6 flex flex-wrap items-center gap-3 print:hidden">
              <button
                type="button"
                data-checklist-more=""
                onClick={() => setLimit((n) => n + RENDER_STEP)}
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                <T
                  k="checklist.showMore"
                  vars={{ count: Math.min(RENDER_STEP, visible.length - limit) }}
                />
              </button>
              <span className="text-sm text-slate-600 tabular-nums dark:text-slate-400">
                <T k="checklist.drawn" vars={{ shown: limit, count: visible.length }} />
              </span>
            </p>
          )}
        </>
      )}
    </div>
  );
}
