/**
 * `npm run bench:classify`: how well automatic filing agrees with a careful reader, on the
 * hand-judged development set (test/classify/devset.yaml). Every unit (a note, or a chapter page
 * of one) is built by the pipeline with the built-in taxonomy; its filings are compared with the
 * judged categories: a filing is right when the category is a `must` or a `may`, and each `must`
 * filed counts toward recall. Prints precision and recall for the dev half (the model of
 * lib/content/filing-model.json is trained on it: scripts/train-filing.ts), the held-out half and
 * the blind units, per language, and the worst cases with the evidence that decided them.
 *
 *   npm run bench:classify -- [--split dev|holdout|blind] [--worst N] [--json]
 *   --split dev|holdout|blind   only one part
 *   --worst N                   how many worst cases (default 15)
 *   --json                      the figures as JSON
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import * as z from "zod";
import { notePath } from "@/lib/content/paths";
import { processFile } from "@/lib/content/process";
import { areaOf, defaultTaxonomy } from "@/lib/content/taxonomy";
import type { CategoryId, Note, NoteSlug, Taxonomy } from "@/lib/content/types";
import { nonNegativeInt, oneOf, parseArgv } from "../cli";
import { isMain } from "../is-main";

const LANGS = ["ja", "zh-Hans", "zh-Hant", "ko", "en"] as const;

export const unitSchema = z
  .object({
    /** Stable, unique id of the unit. */
    id: z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/),
    /** The note file, in the repository. */
    file: z.string().min(1).optional(),
    /** The note file in ../shared (text that may not be copied into the repository). */
    source: z.string().startsWith("../shared/").optional(),
    /** The chapter page's title as the pipeline makes it; null for a whole note. */
    chapter: z.string().min(1).nullable(),
    lang: z.enum(LANGS),
    /** Categories a careful reader files it under; [] is "none". */
    must: z.array(z.string()),
    /** Categories that are defensible but not required. */
    may: z.array(z.string()),
    split: z.enum(["dev", "holdout", "blind"]),
    why: z.string().min(1),
  })
  .strict()
  .refine((u) => (u.file === undefined) !== (u.source === undefined), {
    message: "a unit has exactly one of file (in the repository) or source (../shared)",
  });

export const devsetSchema = z
  .object({ version: z.literal(1), taxonomy: z.string(), units: z.array(unitSchema) })
  .strict();
export type Unit = z.infer<typeof unitSchema>;

export const DEVSET = "test/classify/devset.yaml";

export function loadDevset(file = DEVSET) {
  return devsetSchema.parse(yaml.load(readFileSync(file, "utf8")));
}

export interface UnitResult {
  unit: Unit;
  filed: CategoryId[];
  /** Filings that are neither must nor may. */
  wrong: CategoryId[];
  /** Must categories not filed. */
  missed: string[];
  evidence: string;
}

/** A filing is right when it is a must or may leaf, or an area holding one. */
function isRight(unit: Unit, id: CategoryId): boolean {
  const ok = [...unit.must, ...unit.may];
  return ok.includes(id) || (!id.includes("/") && ok.some((c) => areaOf(c as CategoryId) === id));
}

/**
 * Where a unit's file sits in its own folder of notes, as the pipeline would see it: relative to its
 * corpus (`troubleshooting/pv/azuredisk.md`), a seed or a content note by its file name. Filing
 * reads the folders (a vault's own filing), so the bench keeps them.
 */
export function unitRel(file: string): string {
  const corpus = /(?:^|\/)(?:test\/fixtures\/classify|shared\/corpora)\/[^/]+\/(.+)$/.exec(file);
  if (corpus) return corpus[1]!;
  const content = /(?:^|\/)content\/(.+)$/.exec(file);
  return content ? content[1]! : path.basename(file);
}

/** A unit's note as the pipeline builds it with `taxonomy` (null when the file builds none). */
export function unitNote(file: string, taxonomy: Taxonomy): Note | null {
  return processFile(
    {
      displayPath: file,
      place: notePath(unitRel(file)),
      bytes: readFileSync(file),
      slug: "unit" as NoteSlug,
      hash: "",
    },
    taxonomy,
  ).note;
}

/** A unit's filings compared with its judgement. */
export function judge(unit: Unit, filed: CategoryId[], evidence = ""): UnitResult {
  return {
    unit,
    filed,
    wrong: filed.filter((id) => !isRight(unit, id)),
    missed: unit.must.filter((c) => !filed.includes(c as CategoryId)),
    evidence,
  };
}

/** Builds each unit's note (once per file) and compares its filing with the judgement. */
export function classifyUnits(units: readonly Unit[], taxonomy: Taxonomy): UnitResult[] {
  const notes = new Map<string, Note | null>();
  const noteOf = (file: string): Note | null => {
    if (!notes.has(file)) notes.set(file, unitNote(file, taxonomy));
    return notes.get(file) ?? null;
  };
  return units.map((unit) => {
    const note = noteOf((unit.file ?? unit.source)!);
    if (!note) throw new Error(`${unit.id}: ${unit.file ?? unit.source} builds no note`);
    const page = unit.chapter === null ? note : note.chapters.find((c) => c.title === unit.chapter);
    if (!page)
      throw new Error(
        `${unit.id}: no chapter "${unit.chapter}" in ${unit.file ?? unit.source} (it has ${note.chapters.map((c) => c.title).join(" | ")})`,
      );
    const evidence = page.evidence
      .map(
        (e) =>
          `${e.category} ${e.score}: ${e.terms.map((t) => `${t.term}×${t.count} (${t.field})`).join(", ")}`,
      )
      .join("; ");
    return judge(unit, page.taxonomy, evidence);
  });
}

export interface Figures {
  units: number;
  filings: number;
  precision: number;
  recall: number;
}

export function figures(results: readonly UnitResult[]): Figures {
  const filings = results.reduce((n, r) => n + r.filed.length, 0);
  const right = results.reduce((n, r) => n + r.filed.length - r.wrong.length, 0);
  const must = results.reduce((n, r) => n + r.unit.must.length, 0);
  const found = results.reduce((n, r) => n + r.unit.must.length - r.missed.length, 0);
  return {
    units: results.length,
    filings,
    precision: filings ? right / filings : 1,
    recall: must ? found / must : 1,
  };
}

const pct = (x: number) => x.toFixed(3);

const SPLITS = ["dev", "holdout", "blind"] as const;

const USAGE = `Usage: npm run bench:classify -- [--split dev|holdout|blind] [--worst N] [--json]
  --split dev|holdout|blind   only one part
  --worst N                   how many worst cases (default 15)
  --json                      the figures as JSON`;

if (isMain(import.meta.url)) {
  const { values } = parseArgv({
    command: "bench:classify",
    usage: USAGE,
    options: {
      split: { type: "string", parse: oneOf(SPLITS) },
      worst: { type: "string", default: "15", parse: nonNegativeInt },
      json: { type: "boolean" },
    },
  });
  const devset = loadDevset();
  const available = devset.units.filter((u) => existsSync((u.file ?? u.source)!));
  const skipped = devset.units.length - available.length;
  const units = values.split ? available.filter((u) => u.split === values.split) : available;
  const taxonomy = defaultTaxonomy();
  const started = performance.now();
  const results = classifyUnits(units, taxonomy);
  const ms = performance.now() - started;
  const halves = (["dev", "holdout", "blind"] as const).map((split) => ({
    split,
    ...figures(results.filter((r) => r.unit.split === split)),
  }));
  const byLang = LANGS.map((lang) => ({
    lang,
    ...figures(results.filter((r) => r.unit.lang === lang)),
  }));
  if (values.json) {
    console.log(JSON.stringify({ halves, byLang, all: figures(results), skipped }, null, 2));
  } else {
    console.log(
      `bench:classify — ${results.length} units of ${path.basename(DEVSET)}${skipped ? ` (${skipped} in ../shared not present, skipped)` : ""}, ${Math.round(ms)} ms`,
    );
    console.log("\nhalf      units  filings  precision  recall");
    for (const h of [...halves, { split: "all", ...figures(results) }]) {
      console.log(
        `${h.split.padEnd(9)} ${String(h.units).padStart(5)}  ${String(h.filings).padStart(7)}  ${pct(h.precision).padStart(9)}  ${pct(h.recall).padStart(6)}`,
      );
    }
    console.log("\nlang      units  filings  precision  recall");
    for (const l of byLang.filter((l) => l.units)) {
      console.log(
        `${l.lang.padEnd(9)} ${String(l.units).padStart(5)}  ${String(l.filings).padStart(7)}  ${pct(l.precision).padStart(9)}  ${pct(l.recall).padStart(6)}`,
      );
    }
    const worst = results
      .filter((r) => r.wrong.length || r.missed.length)
      .sort(
        (a, b) =>
          b.wrong.length + b.missed.length - (a.wrong.length + a.missed.length) ||
          a.unit.id.localeCompare(b.unit.id),
      )
      .slice(0, values.worst);
    console.log(
      `\nworst cases (${results.filter((r) => r.wrong.length || r.missed.length).length} units with a wrong or missing filing):`,
    );
    for (const r of worst) {
      console.log(
        `- ${r.unit.id} [${r.unit.split}] filed ${JSON.stringify(r.filed)}; must ${JSON.stringify(r.unit.must)} may ${JSON.stringify(r.unit.may)}`,
      );
      if (r.evidence) console.log(`    because ${r.evidence}`);
    }
  }
}
