/**
 * Trains the Korean syllable trigram model used to repair mojibake (`npm run train:ko`).
 *
 *   npm run train:ko -- [--corpus DIR] [--out FILE]
 *
 * Reads every .md file of the corpus (default: /work/shared/corpora/ko-react-docs, the Korean
 * translation of the React docs, CC BY 4.0), leaves out the held-out files (one in ten, by a hash
 * of the path; see lib/encoding/corpus-split.ts) and writes trigram counts to
 * lib/encoding/model/ko-lm.bin.gz. The output is byte-for-byte reproducible.
 */
import fs from "node:fs";
import path from "node:path";
import { isHeldOut } from "@/lib/encoding/corpus-split";
import { CLASS_TOKENS, encodeModel, trigramKey } from "@/lib/encoding/ko-lm";
import { CLASS, tokenize } from "@/lib/encoding/ko-tokens";
import { parseArgv } from "./cli";
import { isMain } from "./is-main";

export const DEFAULT_CORPUS = "/work/shared/corpora/ko-react-docs";
export const DEFAULT_MODEL = "lib/encoding/model/ko-lm.bin.gz";

/** Every .md / .txt file under `dir`, as sorted paths relative to `dir`. */
export function listCorpus(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (/\.(md|txt)$/i.test(entry.name)) out.push(child);
    }
  };
  walk("");
  return out.sort();
}

function main(): number {
  const { values } = parseArgv({
    command: "train:ko",
    usage: `Usage: npm run train:ko -- [--corpus DIR] [--out FILE]
  --corpus DIR   a folder of Korean .md files (default ${DEFAULT_CORPUS})
  --out FILE     where the model goes (default ${DEFAULT_MODEL})`,
    options: {
      corpus: { type: "string", default: DEFAULT_CORPUS },
      out: { type: "string", default: DEFAULT_MODEL },
    },
  });
  const { corpus, out } = values;
  if (!fs.existsSync(corpus)) {
    console.error(
      `train:ko: corpus folder ${corpus} not found. Pass --corpus DIR (a folder of Korean .md files).`,
    );
    return 1;
  }
  const files = listCorpus(corpus);
  const training = files.filter((f) => !isHeldOut(f));
  const docs = training.map((f) => tokenize(fs.readFileSync(path.join(corpus, f), "utf8")));

  // Vocabulary: the class tokens, then syllables by descending frequency (ties by code point).
  const freq = new Map<string, number>();
  for (const doc of docs) for (const t of doc) freq.set(t, (freq.get(t) ?? 0) + 1);
  const classes = new Set<string>(CLASS_TOKENS);
  const syllables = [...freq.keys()]
    .filter((t) => !classes.has(t))
    .sort((a, b) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0) || (a < b ? -1 : 1));
  const vocab = [...CLASS_TOKENS, ...syllables];
  const ids = new Map(vocab.map((t, i) => [t, i]));
  const size = vocab.length;

  const trigrams = new Map<number, number>();
  let syllableCount = 0;
  for (const doc of docs) {
    const seq = [CLASS.space, CLASS.space, ...doc, CLASS.space].map((t) => ids.get(t) ?? 0);
    for (let i = 2; i < seq.length; i++) {
      const key = trigramKey(seq[i - 2] ?? 0, seq[i - 1] ?? 0, seq[i] ?? 0, size);
      trigrams.set(key, (trigrams.get(key) ?? 0) + 1);
      if ((seq[i] ?? 0) >= CLASS_TOKENS.length) syllableCount++;
    }
  }
  const bytes = encodeModel(
    {
      vocab,
      source: {
        corpus: "ko.react.dev documentation (src/content), Korean translation of react.dev",
        licence: "CC BY 4.0",
        files: training.length,
        heldOutFiles: files.length - training.length,
        syllables: syllableCount,
      },
    },
    trigrams,
  );
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  console.log(
    `train:ko: ${training.length} training files (${files.length - training.length} held out), ` +
      `${syllableCount} syllables, ${syllables.length} distinct, ${trigrams.size} trigrams → ` +
      `${out} (${(bytes.length / 1024).toFixed(0)} KiB gzipped)`,
  );
  return 0;
}

if (isMain(import.meta.url)) {
  process.exitCode = main();
}
