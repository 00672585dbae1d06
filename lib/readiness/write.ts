import { createTwoFilesPatch } from "diff";
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from "yaml";
import type { ProfileDecision } from "./profile";

/**
 * Writing a profile back as YAML after local edits, for a pull request. The committed file is
 * edited in place (comments, order and untouched entries stay as written, so the diff shows only
 * what changed); new entries are appended. Runs in the browser, loaded when the reader exports.
 */

/**
 * A change to one entry: the new decision (null: remove the entry), and the decision the file
 * held when the edit began. Only fields that differ from `base` are written, so a value the build
 * could not use (an `evidence:` that is not a URL) stays in the file unless the reader changed it.
 */
export interface EntryChange {
  id: string;
  decision: ProfileDecision | null;
  base: ProfileDecision | null;
}

const FIELD_ORDER = ["state", "reason", "owner", "evidence", "date", "text", "section"] as const;

function starter(title: string): string {
  return [
    `# Readiness profile: one per cluster or service. Edit it in Shiori (/checklist) and export,`,
    `# or by hand: see the README, "Readiness for a team".`,
    `title: ${JSON.stringify(title)}`,
    `items: []`,
    ``,
  ].join("\n");
}

/** The profile file after `changes`, starting from `source` (empty: a new file titled `title`). */
export function writeProfile(
  source: string,
  title: string,
  changes: readonly EntryChange[],
): string {
  const doc = parseDocument(source.trim() ? source : starter(title));
  if (!isMap(doc.contents))
    throw new Error("the profile file is not a YAML mapping; fix it before exporting");
  let items = doc.get("items", true);
  if (!isSeq(items)) {
    items = new YAMLSeq();
    doc.set("items", items);
  }
  const seq = items as YAMLSeq;
  seq.flow = false;
  const indexOf = (id: string) =>
    seq.items.findIndex((node) => isMap(node) && String((node as YAMLMap).get("id")) === id);
  for (const { id, decision, base } of changes) {
    const at = indexOf(id);
    if (decision === null) {
      if (at >= 0) seq.items.splice(at, 1);
      continue;
    }
    const node = at >= 0 ? (seq.items[at] as YAMLMap) : new YAMLMap();
    if (at < 0) {
      node.set("id", id);
      seq.items.push(node);
    }
    for (const key of FIELD_ORDER) {
      const value = decision[key];
      if (at >= 0 && base && base[key] === value) continue;
      if (value === null || value === "") node.delete(key);
      else node.set(key, value);
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * A unified diff of the profile file, as `git diff` would show it; `file` is its path from the
 * repository (a new profile: `content/readiness/<name>.yaml`).
 */
export function profileDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {
    context: 3,
  });
}
