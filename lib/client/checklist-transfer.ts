import * as v from "valibot";
import { compareChange } from "./checklist-merge";
import { parseStored, type ChecklistEntry, type ChecklistState } from "./checklist-schema";

/**
 * Export and import of checklist progress as a JSON file a person can read: every entry carries
 * its item text and note next to the id.
 */

export const EXPORT_FORMAT = "shiori-checklist";

const isoTime = v.pipe(v.string(), v.isoTimestamp());

const exportItemSchema = v.object({
  /** Stable checklist id (note slug + hash of the normalised item text). */
  id: v.pipe(v.string(), v.minLength(1)),
  /** Whether the item is ticked. */
  checked: v.boolean(),
  /** When the reader last changed the item (ISO 8601); the newer change wins on import. */
  updatedAt: isoTime,
  /** Note slug. */
  note: v.nullable(v.string()),
  /** Note title, for people reading the file. Ignored on import. */
  noteTitle: v.optional(v.nullable(v.string())),
  /** Plain item text. */
  text: v.nullable(v.string()),
});

export const exportFileSchema = v.object({
  /** Always `shiori-checklist`. */
  format: v.literal(EXPORT_FORMAT),
  /** Export file format version. */
  version: v.literal(1),
  /** When the file was made (ISO 8601). */
  exportedAt: isoTime,
  /** A line for people opening the file. */
  about: v.optional(v.string()),
  items: v.array(exportItemSchema),
});

export type ChecklistExport = v.InferOutput<typeof exportFileSchema>;
export type ExportItem = v.InferOutput<typeof exportItemSchema>;

/** One schema issue in words a person can act on: which field, and what is wrong with it. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const field = v.getDotPath(issue);
  if (field === null) return `expected ${issue.expected ?? "an object"}, got ${issue.received}`;
  if (issue.received === "undefined") return `the field “${field}” is missing`;
  return `the field “${field}” should be ${issue.expected ?? "different"}, not ${issue.received}`;
}

/** Current text, note and note title of an item, for items that still exist. */
export type DescribeItem = (
  id: string,
) => { text: string; note: string; noteTitle: string | null } | undefined;

export function buildExport(
  state: ChecklistState,
  at: Date,
  describe: DescribeItem = () => undefined,
): ChecklistExport {
  const items: ExportItem[] = Object.entries(state.items).map(([id, entry]) => {
    const current = describe(id);
    return {
      id,
      checked: entry.checked,
      updatedAt: entry.updatedAt,
      note: current?.note ?? entry.note,
      noteTitle: current?.noteTitle ?? null,
      text: current?.text ?? entry.text,
    };
  });
  items.sort(
    (a, b) =>
      (a.note ?? "").localeCompare(b.note ?? "") ||
      (a.text ?? "").localeCompare(b.text ?? "") ||
      a.id.localeCompare(b.id),
  );
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: at.toISOString(),
    about:
      "Checklist progress exported from Shiori. Import it on the checklist page; for each item the newer change wins.",
    items,
  };
}

/** One imported entry with its id. */
export interface ImportedEntry {
  id: string;
  entry: ChecklistEntry;
}

/** One line of an import report. */
export interface ReportLine {
  id: string;
  text: string | null;
  note: string | null;
  checked: boolean;
}

export interface ImportReport {
  /** Entries that changed the progress here. */
  imported: ReportLine[];
  /** Entries skipped because the change here is newer (or from the same moment). */
  alreadyNewer: ReportLine[];
  /** Entries whose item is no longer in the notes; they are kept as orphaned progress. */
  missing: ReportLine[];
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; error: string };

/**
 * Reads an export file. A raw stored value (for example a downloaded backup of the stored
 * progress) is accepted too, so a reader can bring a backup back.
 */
export function parseImport(
  text: string,
): { ok: true; entries: ImportedEntry[] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error:
        "This file is not JSON, so it is not a Shiori checklist export. Choose a file saved with “Export progress”.",
    };
  }
  const file = v.safeParse(exportFileSchema, json);
  if (file.success) {
    return {
      ok: true,
      entries: file.output.items.map((item) => ({
        id: item.id,
        entry: {
          checked: item.checked,
          updatedAt: item.updatedAt,
          text: item.text,
          note: item.note,
        },
      })),
    };
  }
  const stored = parseStored(text);
  if (stored.ok) {
    return {
      ok: true,
      entries: Object.entries(stored.state.items).map(([id, entry]) => ({ id, entry })),
    };
  }
  return {
    ok: false,
    error: `This file is not a Shiori checklist export (${describeIssue(file.issues[0])}). Choose a file saved with “Export progress”.`,
  };
}

/** Merges imported entries into `state`: per item the newer change wins. */
export function applyImport(
  state: ChecklistState,
  entries: readonly ImportedEntry[],
  known: ReadonlySet<string>,
): { state: ChecklistState; report: ImportReport } {
  const items: Record<string, ChecklistEntry> = { ...state.items };
  const report: ImportReport = { imported: [], alreadyNewer: [], missing: [] };
  for (const { id, entry } of entries) {
    const line: ReportLine = { id, text: entry.text, note: entry.note, checked: entry.checked };
    const local = items[id];
    const wins = local === undefined || compareChange(entry, local) === "newer";
    if (wins) items[id] = entry;
    if (!known.has(id)) report.missing.push(line);
    else if (wins) report.imported.push(line);
    else report.alreadyNewer.push(line);
  }
  return { state: { ...state, items }, report };
}
