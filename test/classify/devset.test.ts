/**
 * The labelled development set for automatic filing (issue 14): test/classify/devset.yaml.
 * Checks that the file is well formed, that everything it points at is in the repository (or, for
 * the ja-k8s-demo entries that may not be copied, in ../shared when that folder exists), and that
 * its labels and split follow the rules written at the top of the file.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import * as z from "zod";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const LANGS = ["ja", "zh-Hans", "zh-Hant", "ko", "en"] as const;

const unitSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/),
    file: z.string().min(1).optional(),
    source: z.string().startsWith("../shared/").optional(),
    chapter: z.string().min(1).nullable(),
    lang: z.enum(LANGS),
    must: z.array(z.string()),
    may: z.array(z.string()),
    split: z.enum(["dev", "holdout", "blind"]),
    why: z.string().min(1),
  })
  .strict()
  .refine((u) => (u.file === undefined) !== (u.source === undefined), {
    message: "a unit has exactly one of file (in the repository) or source (../shared)",
  });

const devsetSchema = z
  .object({
    version: z.literal(1),
    taxonomy: z.string(),
    units: z.array(unitSchema),
  })
  .strict();

type Unit = z.infer<typeof unitSchema>;

/** Only what this test needs of content/taxonomy.yaml; the other keys are left alone. */
const taxonomySchema = z.looseObject({
  areas: z.array(
    z.looseObject({
      id: z.string(),
      children: z.array(z.looseObject({ id: z.string() })).optional(),
    }),
  ),
});

const devset = devsetSchema.parse(
  yaml.load(readFileSync(path.join(root, "test/classify/devset.yaml"), "utf8")),
);
const units: Unit[] = devset.units;

/** Leaf categories: every child of an area, and every area without children. */
const leaves = (() => {
  const taxonomy = taxonomySchema.parse(
    yaml.load(readFileSync(path.join(root, devset.taxonomy), "utf8")),
  );
  return new Set(
    taxonomy.areas.flatMap((a) => (a.children?.length ? a.children.map((c) => c.id) : [a.id])),
  );
})();

const sharedPresent = existsSync(path.join(root, "../shared"));
/** The held-out share of the dev/holdout split (the blind units are a set of their own). */
const holdoutShare = (all: readonly Unit[]) => {
  const xs = all.filter((u) => u.split !== "blind");
  return xs.filter((u) => u.split === "holdout").length / xs.length;
};

describe("the classification development set", () => {
  it("has at least 120 units with unique ids", () => {
    expect(units.length).toBeGreaterThanOrEqual(120);
    const seen = new Set<string>();
    const dups = units.map((u) => u.id).filter((id) => (seen.has(id) ? true : !seen.add(id)));
    expect(dups).toEqual([]);
  });

  it("points at files that exist (../shared entries only when ../shared is present)", () => {
    const missing = units
      .filter((u) => u.file !== undefined || sharedPresent)
      .map((u) => (u.file ?? u.source)!)
      .filter((p) => !existsSync(path.join(root, p)));
    expect(missing).toEqual([]);
  });

  it("keeps in-repository units out of ../shared and uses fixtures, seeds or content only", () => {
    const bad = units
      .map((u) => u.file)
      .filter((f): f is string => f !== undefined)
      .filter((f) => !/^(test\/fixtures\/(classify|seeds)\/|content\/notes\/)/.test(f));
    expect(bad).toEqual([]);
  });

  it("references seed copies only where they are identical to content/notes", () => {
    for (const f of new Set(
      units.map((u) => u.file).filter((f) => f?.startsWith("test/fixtures/seeds/")),
    )) {
      const copy = readFileSync(path.join(root, f!));
      const original = readFileSync(path.join(root, "content/notes", path.basename(f!)));
      expect(copy.equals(original), f).toBe(true);
    }
  });

  it("labels with leaf ids of the taxonomy only, must and may disjoint", () => {
    expect([...leaves].sort()).toContain("backup-restore");
    for (const u of units) {
      for (const c of [...u.must, ...u.may]) expect(leaves.has(c), `${u.id}: ${c}`).toBe(true);
      expect(new Set([...u.must, ...u.may]).size, `${u.id}: duplicate or overlapping labels`).toBe(
        u.must.length + u.may.length,
      );
    }
  });

  it("has every language, and both labelled and none units", () => {
    for (const lang of LANGS)
      expect(
        units.some((u) => u.lang === lang),
        lang,
      ).toBe(true);
    const labelled = units.filter((u) => u.must.length > 0).length;
    expect(labelled).toBeGreaterThan(0);
    expect(units.length - labelled).toBeGreaterThan(0);
  });

  it("holds out 30–37 % of the units, also of those available without ../shared", () => {
    expect(holdoutShare(units)).toBeGreaterThanOrEqual(0.3);
    expect(holdoutShare(units)).toBeLessThanOrEqual(0.37);
    const inRepo = units.filter((u) => u.file !== undefined);
    expect(inRepo.length).toBeGreaterThanOrEqual(120);
    expect(holdoutShare(inRepo)).toBeGreaterThanOrEqual(0.3);
    expect(holdoutShare(inRepo)).toBeLessThanOrEqual(0.37);
  });

  it("keeps its blind units apart: at least 60, none from a file the dev or holdout units use", () => {
    const blind = units.filter((u) => u.split === "blind");
    expect(blind.length).toBeGreaterThanOrEqual(60);
    const seen = new Set(units.filter((u) => u.split !== "blind").map((u) => u.file ?? u.source));
    for (const u of blind) expect(seen.has(u.file ?? u.source), u.id).toBe(false);
  });

  it("names each chapter of a note once", () => {
    const keys = units.map((u) => `${u.file ?? u.source}#${u.chapter ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
