/**
 * `npm run train:classify`: trains the weights of automatic filing (lib/content/filing-model.json)
 * on the dev half of the hand-judged development set (test/classify/devset.yaml). The held-out
 * half and the blind units are never read here; `npm run bench:classify` measures them.
 *
 * Every page's candidate categories (a category is a candidate when one of its names occurs) come
 * with the features of lib/content/classify.ts. A candidate is a positive example when the page is
 * judged `must` that category, a negative one when it is neither `must` nor `may` (a `may` is left
 * out: either answer is right). The model is an L2-regularised logistic regression fitted by
 * gradient descent; its regularisation and the filing threshold are chosen by 5-fold
 * cross-validation over notes (chapters of one note stay in one fold), for the best of precision
 * and recall together (their minimum).
 *
 *   npm run train:classify -- [--check] [--verbose]
 *   --check     train and say whether the committed model is the one training gives (exit 1 if not)
 *   --verbose   print every cross-validated choice
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import {
  FEATURES,
  chooseCandidates,
  filingTrace,
  type FilingModel,
  type PageFeatures,
} from "@/lib/content/classify";
import { defaultTaxonomy, leafCategories } from "@/lib/content/taxonomy";
import type { Taxonomy } from "@/lib/content/types";
import { figures, judge, loadDevset, unitNote, type Unit } from "./bench/classify";
import { parseArgv } from "./cli";
import { isMain } from "./is-main";

export const MODEL_FILE = "lib/content/filing-model.json";

/** A unit with the features the pipeline computed for its page. */
export interface Example {
  unit: Unit;
  page: PageFeatures;
}

/** Runs the pipeline over the units' files and keeps each unit's page features. */
export function unitFeatures(units: readonly Unit[], taxonomy: Taxonomy): Example[] {
  const pages = new Map<string, { title: string; page: PageFeatures }[]>();
  const pagesOf = (file: string) => {
    let seen = pages.get(file);
    if (!seen) {
      const found: { title: string; page: PageFeatures }[] = [];
      filingTrace.record = (input, page) => found.push({ title: input.title, page });
      try {
        unitNote(file, taxonomy);
      } finally {
        filingTrace.record = null;
      }
      seen = found;
      pages.set(file, seen);
    }
    return seen;
  };
  return units.map((unit) => {
    const file = (unit.file ?? unit.source)!;
    const found = pagesOf(file);
    // A whole note is the last page filed with its title (chapters are filed before the note).
    const title = unit.chapter;
    const hit = title === null ? found.at(-1) : found.find((p) => p.title === title);
    if (!hit) throw new Error(`${unit.id}: no page ${title ?? "(note)"} was filed in ${file}`);
    return { unit, page: hit.page };
  });
}

interface Sample {
  x: number[];
  y: 0 | 1;
}

function samplesOf(examples: readonly Example[], categories: readonly string[]): Sample[] {
  return examples.flatMap(({ unit, page }) =>
    page.offTopic
      ? []
      : page.candidates.flatMap((c): Sample[] => {
          const y = unit.must.includes(c.id) ? 1 : unit.may.includes(c.id) ? null : 0;
          if (y === null) return [];
          return [{ x: [...c.features, ...categories.map((id) => (id === c.id ? 1 : 0))], y }];
        }),
  );
}

/** The fitted probability of a sample's features. */
function predict(fit: { w: readonly number[]; b: number }, x: readonly number[]): number {
  let z = fit.b;
  for (let i = 0; i < x.length; i++) z += fit.w[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** L2-regularised logistic regression by full-batch gradient descent (the bias is not penalised). */
export function fitLogistic(
  samples: readonly Sample[],
  lambda: number,
  steps = 4000,
  rate = 0.2,
): { w: number[]; b: number } {
  const dims = samples[0]?.x.length ?? 0;
  const w = new Array<number>(dims).fill(0);
  let b = 0;
  const n = Math.max(1, samples.length);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(dims).fill(0);
    let gb = 0;
    for (const { x, y } of samples) {
      const err = predict({ w, b }, x) - y;
      for (let i = 0; i < dims; i++) grad[i]! += err * x[i]!;
      gb += err;
    }
    for (let i = 0; i < dims; i++) w[i]! -= rate * (grad[i]! / n + lambda * w[i]!);
    b -= rate * (gb / n);
  }
  return { w, b };
}

function toModel(
  fit: { w: number[]; b: number },
  categories: readonly string[],
  threshold: number,
  secondary: number,
): FilingModel {
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    features: [...FEATURES],
    weights: fit.w.slice(0, FEATURES.length).map(round),
    categoryBias: Object.fromEntries(
      categories.map((id, i) => [id, round(fit.w[FEATURES.length + i]!)]),
    ),
    bias: round(fit.b),
    threshold,
    secondary,
  };
}

/** The categories a model files a page under: the pipeline's own rule. */
const fileWith = (page: PageFeatures, m: FilingModel) => chooseCandidates(page, m).map((c) => c.id);

/** Precision and recall of (unit, category) filings under a model, judged as bench:classify judges. */
export function score(
  examples: readonly Example[],
  model: FilingModel,
): { precision: number; recall: number } {
  return figures(examples.map(({ unit, page }) => judge(unit, fileWith(page, model))));
}

const LAMBDAS = [0.001, 0.003, 0.01, 0.03, 0.1];
const THRESHOLDS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const SECONDARY = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

/** Cross-validated log-loss of a lambda: how well the probabilities fit, whatever the thresholds. */
function logLoss(
  examples: readonly Example[],
  categories: readonly string[],
  lambda: number,
  fold: (e: Example) => number,
): number {
  let loss = 0;
  let n = 0;
  for (const k of FOLDS) {
    const fit = fitLogistic(
      samplesOf(
        examples.filter((e) => fold(e) !== k),
        categories,
      ),
      lambda,
    );
    for (const { x, y } of samplesOf(
      examples.filter((e) => fold(e) === k),
      categories,
    )) {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, predict(fit, x)));
      loss -= y ? Math.log(p) : Math.log(1 - p);
      n++;
    }
  }
  return loss / Math.max(1, n);
}

const FOLDS = [0, 1, 2, 3, 4];

/**
 * Trains on `examples`, all by 5-fold cross-validation over notes (chapters of one note stay in
 * one fold): lambda is the one with the best log-loss; the thresholds (the best category's, and a
 * second or third one's) give the best minimum of precision and recall, filings pooled over the
 * folds. Where thresholds tie, the higher ones win: a reader notices a wrong filing more than a
 * missing second one. Then the model is fitted on all the examples.
 */
export function train(
  examples: readonly Example[],
  categories: readonly string[],
  log: (line: string) => void = () => {},
): FilingModel {
  const notes = [...new Set(examples.map((e) => e.unit.file ?? e.unit.source))].sort();
  const fold = (e: Example) => notes.indexOf(e.unit.file ?? e.unit.source) % FOLDS.length;
  const losses = LAMBDAS.map((lambda) => ({
    lambda,
    loss: logLoss(examples, categories, lambda, fold),
  }));
  for (const l of losses) log(`cv lambda ${l.lambda}: log-loss ${l.loss.toFixed(4)}`);
  const lambda = losses.reduce((a, b) => (b.loss < a.loss ? b : a)).lambda;
  const fits = FOLDS.map((k) =>
    fitLogistic(
      samplesOf(
        examples.filter((e) => fold(e) !== k),
        categories,
      ),
      lambda,
    ),
  );
  let chosen = { threshold: 0.5, secondary: 0.5, goal: -1 };
  for (const threshold of THRESHOLDS)
    for (const secondary of SECONDARY.filter((t) => t >= threshold)) {
      // Pooled over the folds: every example is filed by the model that did not see it.
      const { precision, recall } = figures(
        FOLDS.flatMap((k) => {
          const m = toModel(fits[k]!, categories, threshold, secondary);
          return examples
            .filter((e) => fold(e) === k)
            .map(({ unit, page }) => judge(unit, fileWith(page, m)));
        }),
      );
      const goal = Math.round(Math.min(precision, recall) * 1e6);
      log(
        `cv thresholds ${threshold}/${secondary}: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`,
      );
      // THRESHOLDS and SECONDARY ascend, so on a tie (>=) the higher thresholds are kept.
      if (goal >= chosen.goal) chosen = { threshold, secondary, goal };
    }
  log(`chosen: lambda ${lambda} thresholds ${chosen.threshold}/${chosen.secondary}`);
  return toModel(
    fitLogistic(samplesOf(examples, categories), lambda),
    categories,
    chosen.threshold,
    chosen.secondary,
  );
}

/**
 * The units the model learns from: the dev half only (never the held-out or blind units), and
 * only those in the repository (`file:`, not `source:` in ../shared), so that a fresh clone
 * trains the same model.
 */
export function trainingUnits(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.split === "dev" && u.file !== undefined && existsSync(u.file));
}

/** Trains the model from the development set as `npm run train:classify` does. */
export function trainModel(log?: (line: string) => void): {
  model: FilingModel;
  examples: Example[];
} {
  const taxonomy = defaultTaxonomy();
  const categories = leafCategories(taxonomy).map((c) => c.id as string);
  const examples = unitFeatures(trainingUnits(loadDevset().units), taxonomy);
  return { model: train(examples, categories, log), examples };
}

/** The model file's text. */
export const modelText = (model: FilingModel) => `${JSON.stringify(model, null, 2)}\n`;

if (isMain(import.meta.url)) {
  const { values } = parseArgv({
    command: "train:classify",
    usage: `Usage: npm run train:classify -- [--check] [--verbose]
  --check     train and say whether the committed model is the one training gives (exit 1 if not)
  --verbose   print every cross-validated choice`,
    options: { check: { type: "boolean" }, verbose: { type: "boolean" } },
  });
  const { model, examples } = trainModel(values.verbose ? console.log : undefined);
  const fitted = score(examples, model);
  console.log(
    `train:classify — ${examples.length} dev units; thresholds ${model.threshold}/${model.secondary}; on the dev half itself precision ${fitted.precision.toFixed(3)} recall ${fitted.recall.toFixed(3)}`,
  );
  console.log(FEATURES.map((f, i) => `${f} ${model.weights[i]}`).join(", "));
  console.log(
    Object.entries(model.categoryBias)
      .map(([id, b]) => `${id} ${b}`)
      .join(", "),
    `bias ${model.bias}`,
  );
  if (values.check) {
    const same = readFileSync(MODEL_FILE, "utf8") === modelText(model);
    console.log(
      same ? `${MODEL_FILE} is up to date` : `${MODEL_FILE} differs: run npm run train:classify`,
    );
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(MODEL_FILE, modelText(model));
    console.log(`wrote ${MODEL_FILE}`);
  }
}
