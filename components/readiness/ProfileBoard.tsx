"use client";

import { useDictionaries } from "@/lib/i18n/client";
import Link from "next/link";
import { useMemo, useState, type ReactNode } from "react";
import { EMPTY_STATE } from "@/lib/client/checklist-schema";
import { groupItems, matchFilter, type ChecklistFilter } from "@/lib/client/checklist-view";
import { decisionOf, mergeProfile, type LocalEdit } from "@/lib/client/readiness-store";
import { getReadinessStore } from "@/lib/client/use-readiness";
import {
  READINESS_STATES,
  countOverdue,
  isEvidenceUrl,
  ownerName,
  scheduleOf,
  today,
  type ProfileDecision,
  type ReadinessProfile,
  type ReadinessState,
} from "@/lib/readiness/profile";
import {
  applicable,
  attachDecisions,
  tallyByArea,
  tallyOverall,
  type ItemDecision,
} from "@/lib/readiness/summary";
import { normalizeText } from "@/lib/search/normalize";
import { i18nAttr } from "@/lib/i18n/attrs";
import { translate, translations, type LocalizedTexts, type MessageKey } from "@/lib/i18n/messages";
import { downloadText } from "../checklist/download";
import { AreaBars } from "../checklist/AreaBars";
import { ProgressBar } from "../checklist/ProgressBar";
import type { ChecklistPageData, ChecklistPageItem } from "@/lib/portal/checklist-types";
import { Localized } from "../Localized";
import { T } from "../T";
import { TaskChips } from "./TaskChips";
import { DECISION_KEYS } from "./decision-keys";

const STATE_STYLE: Record<ReadinessState | "none", string> = {
  done: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100",
  "not-applicable":
    "border-slate-300 bg-slate-100 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100",
  open: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  none: "border-dashed border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-300",
};

const button =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800";
const field =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

export interface ProfileBoardProps {
  data: ChecklistPageData;
  profile: ReadinessProfile;
  sections: Readonly<Record<string, string>>;
  edits: Readonly<Record<string, LocalEdit>>;
  filter: ChecklistFilter;
  labels: ReadonlyMap<string, LocalizedTexts>;
  /** The checklist's filter form, told how many items the board lists. */
  filters: (shown: number) => ReactNode;
}

/**
 * A team profile on the checklist page: each item's recorded state with owner, reason, evidence
 * and date, read-only until the reader chooses to edit; local edits are kept in this browser and
 * exported as the profile's YAML file (download, or a diff to paste into a pull request).
 */
export function ProfileBoard({
  data,
  profile,
  sections,
  edits,
  filter,
  labels,
  filters,
}: ProfileBoardProps) {
  useDictionaries();
  const [editing, setEditing] = useState(false);
  const [openItem, setOpenItem] = useState<string | null>(null);
  const [diff, setDiff] = useState<{ text: string; copied: boolean | null } | null>(null);
  const merged = useMemo(() => mergeProfile(profile, edits), [profile, edits]);
  const { byItem, missing } = useMemo(() => attachDecisions(merged), [merged]);
  const on = today();
  const tallies = useMemo(() => tallyByArea(data.items, byItem), [data.items, byItem]);
  const overall = useMemo(() => tallyOverall(data.items, byItem), [data.items, byItem]);
  const areaCounts = useMemo(
    () => Object.fromEntries(Object.entries(tallies).map(([area, t]) => [area, applicable(t)])),
    [tallies],
  );
  const overdue = countOverdue(overall.due, on);

  const visible = useMemo(() => {
    const matches = matchFilter(
      { ...filter, status: "all", due: "all" },
      EMPTY_STATE,
      normalizeText,
    );
    return data.items.filter((item) => {
      if (!matches(item)) return false;
      if (filter.due === "dated" && !item.meta?.due && !item.meta?.every) return false;
      if (
        filter.due === "overdue" &&
        !scheduleOf(byItem.get(item.id)?.decision ?? null, item.meta, on).overdue
      )
        return false;
      if (filter.status === "all") return true;
      const found = byItem.get(item.id);
      const settled = !!found && !found.recheck && found.decision.state !== "open";
      return settled === (filter.status === "done");
    });
  }, [data.items, filter, byItem, on]);
  const groups = useMemo(() => groupItems(visible, data.areas), [visible, data.areas]);

  const store = getReadinessStore;
  const fileDecision = (id: string): ProfileDecision | null => {
    const entry = profile.entries.find((e) => e.id === id);
    return entry ? decisionOf(entry) : null;
  };
  const save = (
    item: ChecklistPageItem,
    found: ItemDecision | undefined,
    next: ProfileDecision | null,
  ) => {
    const entryId = found?.entryId ?? item.id;
    if (entryId !== item.id) {
      // A reworded item: the decision moves to the item's new id and the old entry goes.
      store().edit(profile.name, entryId, null, fileDecision(entryId));
    }
    store().edit(profile.name, item.id, next, fileDecision(item.id));
    setOpenItem(null);
    setDiff(null);
  };
  const exportText = async () => {
    const { writeProfile } = await import("@/lib/readiness/write");
    return writeProfile(
      profile.source,
      profile.title,
      merged.pending.map(({ id, edit }) => ({ id, decision: edit.decision, base: edit.base })),
    );
  };

  return (
    <div data-profile-board={profile.name}>
      <section
        aria-labelledby="profile-heading"
        className="my-6 space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      >
        <h2 id="profile-heading" className="text-xl font-semibold">
          {profile.title}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <code>{profile.file}</code>
          {profile.description && <span className="cjk-text block">{profile.description}</span>}
        </p>
        <ProgressBar label={translations("readiness.applicableDone")} count={applicable(overall)} />
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-profile-counts="">
          <span>
            <T k="readiness.count.done" vars={{ count: overall.done }} />
          </span>
          <span>
            <T k="readiness.count.notApplicable" vars={{ count: overall.notApplicable }} />
          </span>
          <span>
            <T k="readiness.count.open" vars={{ count: overall.open }} />
          </span>
          <span
            className={overall.recheck ? "font-semibold text-amber-800 dark:text-amber-300" : ""}
          >
            <T k="readiness.count.recheck" vars={{ count: overall.recheck }} />
          </span>
          <span
            className={overdue ? "font-semibold text-red-800 dark:text-red-300" : ""}
            data-overdue={overdue}
          >
            <T k="readiness.count.overdue" vars={{ count: overdue }} />
          </span>
        </p>
        <AreaBars areas={data.areas} counts={areaCounts} />
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          <button
            type="button"
            className={button}
            aria-pressed={editing}
            onClick={() => setEditing((e) => !e)}
            data-profile-edit=""
          >
            <T k={editing ? "readiness.stopEditing" : "readiness.edit"} />
          </button>
          {merged.pending.length > 0 && (
            <>
              <span
                className="text-sm font-medium text-amber-800 dark:text-amber-300"
                data-pending={merged.pending.length}
              >
                <T k="readiness.pending" vars={{ count: merged.pending.length }} />
              </span>
              <button
                type="button"
                className={button}
                data-profile-download=""
                onClick={async () =>
                  downloadText(await exportText(), `${profile.name}.yaml`, "application/yaml")
                }
              >
                <T k="readiness.download" vars={{ file: `${profile.name}.yaml` }} />
              </button>
              <button
                type="button"
                className={button}
                data-profile-diff=""
                onClick={async () => {
                  const { profileDiff } = await import("@/lib/readiness/write");
                  const text = profileDiff(profile.file, profile.source, await exportText());
                  let copied: boolean | null = null;
                  try {
                    await navigator.clipboard.writeText(text);
                    copied = true;
                  } catch {
                    copied = false;
                  }
                  setDiff({ text, copied });
                }}
              >
                <T k="readiness.copyDiff" />
              </button>
              <button
                type="button"
                className={button}
                onClick={() =>
                  store().forget(
                    profile.name,
                    merged.pending.map((p) => p.id),
                  )
                }
              >
                <T k="readiness.discard" />
              </button>
            </>
          )}
        </div>
        {diff && (
          <div role="status" className="text-sm">
            <p>
              <T k={diff.copied ? "readiness.diffCopied" : "readiness.diffNotCopied"} />
            </p>
            <pre
              data-profile-diff-text=""
              className="mt-2 max-h-72 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900"
            >
              {diff.text}
            </pre>
          </div>
        )}
        {merged.landed.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <T k="readiness.landed" vars={{ count: merged.landed.length }} />{" "}
            <button
              type="button"
              className="underline"
              onClick={() => store().forget(profile.name, merged.landed)}
            >
              <T k="readiness.forgetLanded" />
            </button>
          </p>
        )}
      </section>

      {merged.superseded.length > 0 && (
        <section
          aria-labelledby="superseded-heading"
          className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <h2 id="superseded-heading" className="font-semibold">
            <T k="readiness.superseded.heading" vars={{ count: merged.superseded.length }} />
          </h2>
          <p className="text-sm">
            <T k="readiness.superseded.intro" />
          </p>
          <ul className="mt-2 space-y-1 text-sm">
            {merged.superseded.map(({ id, edit, file }) => (
              <li key={id}>
                <span lang="">{edit.decision?.text ?? id}</span>:{" "}
                <StateText state={edit.decision?.state ?? null} /> →{" "}
                <T k="readiness.superseded.file" /> <StateText state={file?.state ?? null} />{" "}
                <button
                  type="button"
                  className="underline"
                  onClick={() => store().forget(profile.name, [id])}
                >
                  <T k="checklist.orphans.discard" />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {missing.length > 0 && (
        <section
          aria-labelledby="missing-heading"
          className="mb-6 rounded-lg border border-slate-300 p-3 dark:border-slate-700"
          data-profile-missing=""
        >
          <h2 id="missing-heading" className="font-semibold">
            <T k="readiness.missing.heading" vars={{ count: missing.length }} />
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <T k="readiness.missing.intro" vars={{ file: profile.file }} />
          </p>
          <ul className="mt-2 space-y-1 text-sm">
            {missing.map(({ id, decision, entry }) => (
              <li key={id}>
                <StateBadge state={decision.state} /> <span>{decision.text ?? id}</span>{" "}
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  ({id}
                  {entry ? `, ${profile.file}:${entry.line}` : ""})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {filters(visible.length)}
      {groups.length === 0 && (
        <p className="text-slate-700 dark:text-slate-300">
          <T k="checklist.empty" />
        </p>
      )}
      {groups.map((area) => (
        <section key={area.id} aria-labelledby={`profile-area-${area.id}`} className="mb-8">
          <h2
            id={`profile-area-${area.id}`}
            className="mb-3 border-b border-slate-200 pb-1 text-xl font-semibold dark:border-slate-800"
          >
            <Localized texts={labels.get(area.id) ?? translations("category.unclassified")} />
          </h2>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {area.subs.flatMap((sub) =>
              sub.notes.flatMap((note) =>
                note.chapters.flatMap((chapter) =>
                  chapter.items.map((item) => (
                    <ProfileRow
                      key={`${sub.id}/${item.id}`}
                      item={item}
                      found={byItem.get(item.id)}
                      on={on}
                      editing={editing}
                      open={openItem === `${sub.id}/${item.id}`}
                      onOpen={(open) => setOpenItem(open ? `${sub.id}/${item.id}` : null)}
                      onSave={(next) => save(item, byItem.get(item.id), next)}
                      section={sections[item.id] ?? null}
                    />
                  )),
                ),
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}

function StateText({ state }: { state: ReadinessState | null }) {
  return <T k={DECISION_KEYS[state ?? "none"]} />;
}

function StateBadge({
  state,
  recheck = false,
}: {
  state: ReadinessState | null;
  recheck?: boolean;
}) {
  return (
    <span
      data-state={recheck ? "recheck" : (state ?? "none")}
      className={`inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-xs font-semibold ${
        recheck
          ? "border-amber-400 bg-amber-100 text-amber-950 dark:border-amber-600 dark:bg-amber-900 dark:text-amber-50"
          : STATE_STYLE[state ?? "none"]
      }`}
    >
      <T k={DECISION_KEYS[recheck ? "recheck" : (state ?? "none")]} />
    </span>
  );
}

function ProfileRow({
  item,
  found,
  on,
  editing,
  open,
  onOpen,
  onSave,
  section,
}: {
  item: ChecklistPageItem;
  found: ItemDecision | undefined;
  on: string;
  editing: boolean;
  open: boolean;
  onOpen: (open: boolean) => void;
  onSave: (next: ProfileDecision | null) => void;
  section: string | null;
}) {
  const decision = found?.decision ?? null;
  // A drill done before its text was reworded was still done: its schedule runs from that date.
  const schedule = scheduleOf(decision, item.meta, on);
  const confirm = () =>
    decision && onSave({ ...decision, text: item.plain, section, date: decision.date ?? on });
  return (
    <li className="py-3 break-inside-avoid" data-profile-item={item.id}>
      <div className="flex flex-wrap items-start gap-2">
        <StateBadge state={decision?.state ?? null} recheck={!!found?.recheck} />
        {found?.recheck && decision && <StateBadge state={decision.state} />}
        {found?.from === "local" && (
          <span className="rounded-full border border-sky-300 px-2 py-0.5 text-xs text-sky-900 dark:border-sky-700 dark:text-sky-100">
            <T k="readiness.localEdit" />
          </span>
        )}
        <span
          lang={item.lang}
          className="min-w-0 flex-1 break-words [&_a]:text-sky-700 [&_a]:underline dark:[&_a]:text-sky-400 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800"
          dangerouslySetInnerHTML={{ __html: item.html }}
        />
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span lang={item.noteLang}>
          {item.noteTitle}
          {item.chapterTitle ? ` › ${item.chapterTitle}` : ""}
        </span>
        <TaskChips meta={item.meta} />
        {decision?.owner && (
          <span>
            <T k="readiness.decidedBy" /> <span data-decision="owner">@{decision.owner}</span>
          </span>
        )}
        {decision?.date && (
          <span data-decision="date">
            <T
              k={decision.state === "done" ? "readiness.doneOn" : "readiness.decidedOn"}
              vars={{ date: decision.date }}
            />
          </span>
        )}
        {schedule.next && (
          <span
            className={schedule.overdue ? "font-semibold text-red-800 dark:text-red-300" : ""}
            data-next={schedule.next}
          >
            <T
              k={schedule.overdue ? "readiness.overdueSince" : "readiness.nextDue"}
              vars={{ date: schedule.next }}
            />
          </span>
        )}
        {!schedule.next && schedule.overdue && (
          <span className="font-semibold text-red-800 dark:text-red-300" data-next="now">
            <T k="readiness.neverDone" />
          </span>
        )}
        {decision?.evidence && isEvidenceUrl(decision.evidence) && (
          <a
            href={decision.evidence}
            rel="noreferrer noopener"
            target="_blank"
            className="text-sky-700 underline dark:text-sky-400"
          >
            <T k="readiness.evidence" />
          </a>
        )}
        <Link
          href={item.url}
          prefetch={false}
          className="text-sky-700 underline print:hidden dark:text-sky-400"
        >
          <T k="checklist.showInChapter" />
        </Link>
      </p>
      {decision?.reason && (
        <p className="cjk-text mt-1 text-sm" data-decision="reason">
          <span className="font-medium">
            <T k="readiness.reason" />
          </span>{" "}
          {decision.reason}
        </p>
      )}
      {found?.recheck && (
        <div
          className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          data-recheck={found.recheck.kind}
        >
          {found.recheck.kind === "reworded" ? (
            <>
              <p>
                <T k="readiness.reworded" />
              </p>
              <p>
                <span className="font-medium">
                  <T k="readiness.was" />
                </span>{" "}
                <del data-recheck-old="">{found.recheck.oldText}</del>
              </p>
              <p>
                <span className="font-medium">
                  <T k="readiness.now" />
                </span>{" "}
                <ins data-recheck-new="" className="no-underline">
                  {item.plain}
                </ins>
              </p>
            </>
          ) : (
            <p>
              <T k="readiness.sectionChanged" vars={{ date: decision?.date ?? "?" }} />
            </p>
          )}
          {editing && (
            <button type="button" className={`${button} mt-2`} onClick={confirm} data-confirm="">
              <T k="readiness.confirm" />
            </button>
          )}
        </div>
      )}
      {editing && !open && (
        <button
          type="button"
          className="mt-1 text-sm text-sky-700 underline dark:text-sky-400"
          onClick={() => onOpen(true)}
          data-edit-item=""
        >
          <T k="readiness.editItem" />
        </button>
      )}
      {editing && open && (
        <DecisionForm
          initial={decision}
          on={on}
          onCancel={() => onOpen(false)}
          onSave={(next) => onSave(next && { ...next, text: item.plain, section })}
        />
      )}
    </li>
  );
}

function DecisionForm({
  initial,
  on,
  onCancel,
  onSave,
}: {
  initial: ProfileDecision | null;
  on: string;
  onCancel: () => void;
  onSave: (next: ProfileDecision | null) => void;
}) {
  useDictionaries();
  const [state, setState] = useState<ReadinessState | "none">(initial?.state ?? "done");
  const [reason, setReason] = useState(initial?.reason ?? "");
  const [owner, setOwner] = useState(initial?.owner ?? "");
  const [evidence, setEvidence] = useState(initial?.evidence ?? "");
  const [date, setDate] = useState(initial?.date ?? on);
  const [tried, setTried] = useState(false);
  const needsReason = state === "not-applicable" && reason.trim() === "";
  const badEvidence = evidence.trim() !== "" && !isEvidenceUrl(evidence.trim());
  return (
    <form
      className="mt-2 grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-2 dark:border-slate-700"
      data-decision-form=""
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (state === "none") return onSave(null);
        if (needsReason || badEvidence) return;
        onSave({
          state,
          reason: reason.trim() || null,
          owner: ownerName(owner) || null,
          evidence: evidence.trim() || null,
          date: date || null,
          text: null,
          section: null,
        });
      }}
    >
      <label className="flex flex-col gap-1 text-sm font-medium">
        <T k="readiness.field.state" />
        <select
          value={state}
          onChange={(e) => setState(e.target.value as ReadinessState | "none")}
          className={field}
          name="state"
        >
          {READINESS_STATES.map((s) => (
            <option key={s} value={s} {...i18nAttr("label", DECISION_KEYS[s])}>
              {translate("en", DECISION_KEYS[s])}
            </option>
          ))}
          <option value="none" {...i18nAttr("label", "readiness.state.remove")}>
            {translate("en", "readiness.state.remove")}
          </option>
        </select>
      </label>
      <TextField
        label="readiness.field.date"
        name="date"
        type="date"
        value={date}
        onChange={setDate}
      />
      <TextField
        label="readiness.field.reason"
        name="reason"
        value={reason}
        onChange={setReason}
        wide
        required={state === "not-applicable"}
        error={tried && needsReason ? "readiness.field.reasonRequired" : null}
      />
      <TextField label="readiness.field.owner" name="owner" value={owner} onChange={setOwner} />
      <TextField
        label="readiness.field.evidence"
        name="evidence"
        type="url"
        placeholder="https://"
        value={evidence}
        onChange={setEvidence}
        error={tried && badEvidence ? "readiness.field.evidenceUrl" : null}
      />
      <div className="flex gap-2 sm:col-span-2">
        <button type="submit" className={button} data-save-decision="">
          <T k="readiness.save" />
        </button>
        <button type="button" className={button} onClick={onCancel}>
          <T k="checklist.cancel" />
        </button>
      </div>
    </form>
  );
}

/** One labelled input of the decision form, with its message when the value is refused. */
function TextField({
  label,
  name,
  value,
  onChange,
  type = "text",
  placeholder,
  wide = false,
  required = false,
  error = null,
}: {
  label: MessageKey;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "date" | "url";
  placeholder?: string;
  wide?: boolean;
  required?: boolean;
  error?: MessageKey | null;
}) {
  return (
    <label className={`flex flex-col gap-1 text-sm font-medium ${wide ? "sm:col-span-2" : ""}`}>
      <T k={label} />
      <input
        type={type}
        name={name}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        className={field}
        aria-required={required || undefined}
        aria-invalid={error !== null || undefined}
      />
      {error && (
        <span role="alert" className="text-xs text-red-800 dark:text-red-300">
          <T k={error} />
        </span>
      )}
    </label>
  );
}
