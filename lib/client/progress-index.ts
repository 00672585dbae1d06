import * as v from "valibot";
import { plainRecord } from "@/lib/plain-record";
import { scopesOf, type ProgressIndex, type ProgressItem } from "./checklist-progress";

/**
 * The compact file (`/checklist-progress.json`) that progress bars fetch once the reader has
 * changed an item: per checklist id its source default and the scopes it counts for. Ids are
 * grouped by their `${noteSlug}--` prefix and scope lists are stored once each, so 9,000 items
 * take about 20 bytes apiece. Built on the server (`encodeProgressIndex`), read in the browser
 * (`decodeProgressIndex`); the file is fetched, so it is parsed, never cast.
 */
const int = v.pipe(v.number(), v.integer());

export const progressFileSchema = v.object({
  /** Scope keys: area ids, subcategory ids (`area/sub`) and `unclassified`. */
  scopes: v.array(v.string()),
  /** Distinct scope lists, as indexes into `scopes`. */
  sets: v.array(v.array(v.pipe(int, v.minValue(0)))),
  /**
   * By id prefix (`${noteSlug}--`; empty for an id without it): `[rest of the id, source default
   * (1 is ticked), index into sets]`.
   */
  items: plainRecord(v.string(), v.array(v.tuple([v.string(), v.picklist([0, 1]), int]))),
});

export type ProgressFile = v.InferOutput<typeof progressFileSchema>;

/** The progress file for a model's items; an id that occurs twice is kept with its first occurrence. */
export function encodeProgressIndex(items: readonly ProgressItem[]): ProgressFile {
  const scopes: string[] = [];
  const scopeIndex = new Map<string, number>();
  const sets: number[][] = [];
  const setIndex = new Map<string, number>();
  const grouped: ProgressFile["items"] = {};
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const set = scopesOf(item.taxonomy).map((scope) => {
      let i = scopeIndex.get(scope);
      if (i === undefined) {
        i = scopes.push(scope) - 1;
        scopeIndex.set(scope, i);
      }
      return i;
    });
    const setKey = set.join(",");
    let s = setIndex.get(setKey);
    if (s === undefined) {
      s = sets.push(set) - 1;
      setIndex.set(setKey, s);
    }
    const prefix = item.id.startsWith(`${item.note}--`) ? `${item.note}--` : "";
    (grouped[prefix] ??= []).push([item.id.slice(prefix.length), item.checked ? 1 : 0, s]);
  }
  return { scopes, sets, items: grouped };
}

/** Reads a fetched progress file; throws when it is not one (wrong shape or a dangling index). */
export function decodeProgressIndex(json: unknown): ProgressIndex {
  const file = v.parse(progressFileSchema, json);
  const sets = file.sets.map((set) =>
    set.map((i) => {
      const scope = file.scopes[i];
      if (scope === undefined) throw new Error(`progress file: no scope ${i}`);
      return scope;
    }),
  );
  const index = new Map<string, { checked: boolean; scopes: readonly string[] }>();
  for (const [prefix, rows] of Object.entries(file.items)) {
    for (const [rest, checked, s] of rows) {
      const scopes = sets[s];
      if (scopes === undefined) throw new Error(`progress file: no scope set ${s}`);
      index.set(prefix + rest, { checked: checked === 1, scopes });
    }
  }
  return index;
}
