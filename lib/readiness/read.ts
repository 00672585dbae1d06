import type { DiagnosticCode } from "@/lib/content/diagnostic-codes";
import { promises as fs } from "node:fs";
import { posix } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { z } from "zod";
import { isIsoDay } from "@/lib/content/iso-day";
import type { OtherFile } from "@/lib/content/load";
import type { ChecklistItem, Diagnostic } from "@/lib/content/types";
import {
  isEvidenceUrl,
  ownerName,
  READINESS_FOLDER,
  READINESS_STATES,
  type ProfileDecision,
  type ProfileEntry,
  type ReadinessProfile,
} from "./profile";
import { entryStatus } from "./status";

/**
 * Reading `readiness/<name>.yaml` at build time. The file is the team's record, so nothing in it
 * is dropped: an entry with a bad field keeps its other fields and gets a diagnostic with the
 * field's line; an entry that cannot be used at all (no id, an unknown state) is reported and left
 * in the file, where an export keeps it too (lib/readiness/write.ts edits the document in place).
 */

/** A profile bigger than this is not a profile (about 4,000 entries). */
const MAX_PROFILE_BYTES = 1024 * 1024;

const TOP_KEYS = new Set(["title", "description", "items"]);
const ENTRY_KEYS = [
  "id",
  "state",
  "reason",
  "owner",
  "evidence",
  "date",
  "text",
  "section",
] as const;

const optionalText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .nullish();

const entrySchema = z.object({
  id: z.string().trim().min(1, "every entry needs the id of a checklist item"),
  state: z.enum(READINESS_STATES, {
    error: `state must be one of ${READINESS_STATES.join(", ")}`,
  }),
});

const fieldSchemas = {
  reason: optionalText,
  owner: optionalText.transform((v) => (v ? ownerName(v) : v)),
  evidence: z
    .string()
    .trim()
    .refine(isEvidenceUrl, "evidence must be a web address starting with https:// or http://")
    .nullish(),
  date: z.string().refine(isIsoDay, "date must be a calendar date written YYYY-MM-DD").nullish(),
  text: optionalText,
  section: optionalText,
} as const;

type Draft = Omit<ProfileEntry, "status">;

export interface ParsedProfile {
  profile: Omit<ReadinessProfile, "entries"> & { entries: Draft[] };
  diagnostics: Diagnostic[];
}

/**
 * One profile file's text into entries, with a diagnostic (file, line, what, how to fix) for every
 * problem. Returns null for the profile when the file is not a YAML mapping at all.
 */
export function parseProfile(
  text: string,
  file: string,
  name: string,
): { profile: ParsedProfile["profile"] | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (
    severity: Diagnostic["severity"],
    code: DiagnosticCode,
    line: number | null,
    message: string,
  ) => diagnostics.push({ file, line, severity, code, message });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: YamlNode | null | undefined): number | null =>
    node?.range ? lines.linePos(node.range[0]).line : null;
  for (const error of doc.errors) {
    const line = error.linePos?.[0].line ?? lines.linePos(Math.min(error.pos[0], text.length)).line;
    report(
      "error",
      "readiness/yaml",
      line,
      `this profile is not valid YAML (${error.message.split("\n")[0]}); it is not shown. Fix the YAML at this line.`,
    );
  }
  if (doc.errors.length > 0) return { profile: null, diagnostics };
  const root = doc.contents;
  if (!isMap(root)) {
    report(
      "error",
      "readiness/not-a-profile",
      lineOf(root) ?? 1,
      'a readiness profile is a YAML mapping with `title` and a list of `items`; this file is not one, so it is not shown. See the README\'s "Readiness for a team".',
    );
    return { profile: null, diagnostics };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!TOP_KEYS.has(key))
      report(
        "warning",
        "readiness/unknown-field",
        lineOf(pair.key as YamlNode),
        `"${key}" is not a profile field and is ignored. The fields are ${[...TOP_KEYS].join(", ")}.`,
      );
  }
  const title: unknown = root.get("title");
  const description: unknown = root.get("description");
  const items = root.get("items", true);
  const entries: Draft[] = [];
  const firstLine = new Map<string, number>();
  if (items !== undefined && !isSeq(items)) {
    report(
      "error",
      "readiness/items",
      lineOf(items as YamlNode),
      "`items` must be a list of entries (`- id: …`); the profile is shown without entries. Write each entry as a list item.",
    );
  }
  for (const node of isSeq(items) ? items.items : []) {
    const line = lineOf(node as YamlNode) ?? 1;
    if (!isMap(node)) {
      report(
        "error",
        "readiness/entry",
        line,
        "this entry is not a mapping (`id:`, `state:` …); it is ignored. Write it as `- id: <item id>` with `state:` below.",
      );
      continue;
    }
    const raw = node.toJSON() as Record<string, unknown>;
    const fieldLine = (key: string) => lineOf(node.get(key, true) as YamlNode | undefined) ?? line;
    for (const key of Object.keys(raw)) {
      if (!(ENTRY_KEYS as readonly string[]).includes(key))
        report(
          "warning",
          "readiness/unknown-field",
          fieldLine(key),
          `"${key}" is not an entry field and is ignored. The fields are ${ENTRY_KEYS.join(", ")}.`,
        );
    }
    const head = entrySchema.safeParse(raw);
    if (!head.success) {
      const issue = head.error.issues[0]!;
      const key = String(issue.path[0] ?? "id");
      report(
        "error",
        "readiness/entry",
        fieldLine(key),
        `${issue.message}; this entry is not used (it stays in the file). Fix ${key} on this line.`,
      );
      continue;
    }
    const decision: ProfileDecision = {
      state: head.data.state,
      reason: null,
      owner: null,
      evidence: null,
      date: null,
      text: null,
      section: null,
    };
    for (const [key, schema] of Object.entries(fieldSchemas) as [
      keyof typeof fieldSchemas,
      (typeof fieldSchemas)[keyof typeof fieldSchemas],
    ][]) {
      const checked = schema.safeParse(raw[key] ?? null);
      if (checked.success) decision[key] = checked.data ? checked.data : null;
      else
        report(
          "warning",
          "readiness/field",
          fieldLine(key),
          `${checked.error.issues[0]!.message}; the entry is used without its ${key}. Fix the value on this line.`,
        );
    }
    if (decision.state === "not-applicable" && !decision.reason)
      report(
        "warning",
        "readiness/no-reason",
        line,
        `item ${head.data.id} is marked not-applicable without a reason; say why under \`reason:\` so the next reader knows it was a decision.`,
      );
    const seen = firstLine.get(head.data.id);
    if (seen !== undefined) {
      report(
        "error",
        "readiness/duplicate",
        line,
        `item ${head.data.id} already has an entry on line ${seen}; this second one is not used. Merge the two entries into one.`,
      );
      continue;
    }
    firstLine.set(head.data.id, line);
    entries.push({ id: head.data.id, line, ...decision });
  }
  return {
    profile: {
      name,
      file,
      title: typeof title === "string" && title.trim() ? title.trim() : name,
      description:
        typeof description === "string" && description.trim() ? description.trim() : null,
      entries,
      source: text,
    },
    diagnostics,
  };
}

/** The profile's name from its file name, or null when the file is not a profile. */
export function profileName(relPath: string): string | null {
  const match = new RegExp(`^${READINESS_FOLDER}/([^/]+)\\.ya?ml$`, "i").exec(relPath);
  return match ? match[1]! : null;
}

/**
 * Every `readiness/*.yaml` among the content folder's other files, each entry checked against
 * the current checklist items.
 */
export async function readReadinessProfiles(
  others: readonly OtherFile[],
  items: readonly ChecklistItem[],
): Promise<{ profiles: ReadinessProfile[]; diagnostics: Diagnostic[] }> {
  const profiles: ReadinessProfile[] = [];
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(items.map((item) => [item.id as string, item]));
  const taken = new Map<string, string>();
  const files = others
    .map((file) => ({ file, name: profileName(file.relPath) }))
    .filter((f): f is { file: OtherFile; name: string } => f.name !== null)
    .sort((a, b) => a.file.relPath.localeCompare(b.file.relPath));
  for (const { file, name } of files) {
    const key = name.toLowerCase();
    const other = taken.get(key);
    if (other !== undefined) {
      diagnostics.push({
        file: file.displayPath,
        line: null,
        severity: "warning",
        code: "readiness/name-clash",
        message: `${other} already defines the profile "${name}"; this file is not shown. Rename one of them.`,
      });
      continue;
    }
    if (file.size > MAX_PROFILE_BYTES) {
      diagnostics.push({
        file: file.displayPath,
        line: null,
        severity: "error",
        code: "readiness/too-big",
        message: `this profile is ${Math.round(file.size / 1024)} KB, more than a profile can be (1 MB); it is not shown. Split it per cluster or service.`,
      });
      continue;
    }
    taken.set(key, file.displayPath);
    let text: string;
    try {
      text = await fs.readFile(file.realPath, "utf8");
    } catch (error) {
      diagnostics.push({
        file: file.displayPath,
        line: null,
        severity: "error",
        code: "readiness/unreadable",
        message: `cannot read this profile (${(error as NodeJS.ErrnoException).code ?? "error"}); it is not shown. Check its permissions.`,
      });
      continue;
    }
    const parsed = parseProfile(text, file.displayPath, posix.basename(name));
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.profile) continue;
    const decided = new Set(parsed.profile.entries.map((e) => e.id));
    const entries = parsed.profile.entries.map((entry): ProfileEntry => {
      const status = entryStatus(entry, byId, items, decided);
      if (status.kind === "missing")
        diagnostics.push({
          file: file.displayPath,
          line: entry.line,
          severity: "warning",
          code: "readiness/missing-item",
          message: `no checklist item has the id ${entry.id}${entry.text ? ` ("${entry.text.slice(0, 50)}")` : ""}; the entry is kept and listed as missing on the profile. Point it at the item's new id, or delete it if the check is gone.`,
        });
      else if (status.kind === "reworded")
        diagnostics.push({
          file: file.displayPath,
          line: entry.line,
          severity: "info",
          code: "readiness/recheck",
          message: `the item was reworded to "${status.text.slice(0, 50)}" (id ${status.item}); the profile shows it as "needs re-check" until someone confirms the decision and exports the profile.`,
        });
      else if (status.kind === "section-changed")
        diagnostics.push({
          file: file.displayPath,
          line: entry.line,
          severity: "info",
          code: "readiness/recheck",
          message: `the section of item ${entry.id} changed since the decision; the profile shows it as "needs re-check" until someone confirms it and exports the profile.`,
        });
      return { ...entry, status };
    });
    profiles.push({ ...parsed.profile, entries });
  }
  return { profiles, diagnostics };
}
