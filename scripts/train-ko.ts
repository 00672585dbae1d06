/**
 * Trains the Korean syllable trigram model used to repair mojibake (`npm run train:ko`).
 *
 *   npm run fetch:ko-corpus && npm run train:ko -- [--corpus DIR] [--extra DIR]... [--no-extra] [--out FILE]
 *
 * Reads every .md / .txt file of the corpora: the Korean translation of the React docs (--corpus,
 * default /work/shared/corpora/ko-react-docs, CC BY 4.0) and the Korean help of LibreOffice
 * (MPL-2.0) and GIMP (GFDL) (--extra, repeatable; default the folders under .build/ko-corpus that
 * scripts/fetch-ko-corpus.ts writes, each with a SOURCE file naming the package version and its
 * licence). Of each it leaves out
 * the held-out files (one in ten, by a hash of the path; see lib/encoding/corpus-split.ts) and
 * writes trigram counts to lib/encoding/model/ko-lm.bin.gz, with each corpus and its licence in
 * the model's header. The output is byte-for-byte reproducible from the same corpora.
 */
import fs from "node:fs";
import path from "node:path";
import { isHeldOut } from "@/lib/encoding/corpus-split";
import { CLASS_TOKENS, encodeModel, trigramKey } from "@/lib/encoding/ko-lm";
import { CLASS, tokenize } from "@/lib/encoding/ko-tokens";
import { parseArgv } from "./cli";
import { KO_CORPUS_DIR, KO_HELP_PACKAGES } from "./fetch-ko-corpus";
import { isMain } from "./is-main";

export const DEFAULT_CORPUS = "/work/shared/corpora/ko-react-docs";
export const DEFAULT_MODEL = "lib/encoding/model/ko-lm.bin.gz";

/** Every .md / .txt file under `dir`, as sorted paths relative to `dir`. */
export function listCorpus(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(md|txt)$/i.test(f) && fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

interface Corpus {
  dir: string;
  name: string;
  licence: string;
}

/** An extra corpus's name and licence: the two lines of the SOURCE file fetch-ko-corpus wrote. */
function extraCorpus(dir: string): Corpus {
  const source = path.join(dir, "SOURCE");
  const [name, licence] = fs.existsSync(source)
    ? fs.readFileSync(source, "utf8").trim().split("\n")
    : [];
  if (!name || !licence)
    throw new Error(
      `${source} is missing or lacks its two lines (the corpus, its licence); run npm run fetch:ko-corpus`,
    );
  return { dir, name, licence };
}

function main(): number {
  const { values } = parseArgv({
    command: "train:ko",
    usage: `Usage: npm run train:ko -- [--corpus DIR] [--extra DIR]... [--no-extra] [--out FILE]
  --corpus DIR   the Korean React docs, .md files (default ${DEFAULT_CORPUS})
  --extra DIR    another corpus as .txt files with a SOURCE line, repeatable (default the
                 help of ${KO_HELP_PACKAGES.map((p) => p.name).join(", ")} under ${KO_CORPUS_DIR},
                 which npm run fetch:ko-corpus writes)
  --no-extra     train on --corpus alone
  --out FILE     where the model goes (default ${DEFAULT_MODEL})`,
    options: {
      corpus: { type: "string", default: DEFAULT_CORPUS },
      extra: { type: "string", multiple: true },
      "no-extra": { type: "boolean" },
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
  const corpora: Corpus[] = [
    {
      dir: corpus,
      name: "ko.react.dev documentation (src/content), Korean translation of react.dev",
      licence: "CC BY 4.0",
    },
  ];
  if (!values["no-extra"]) {
    const extras = values.extra.length
      ? values.extra
      : KO_HELP_PACKAGES.map((p) => path.join(KO_CORPUS_DIR, p.name));
    for (const dir of extras) {
      if (!fs.existsSync(dir)) {
        console.error(
          `train:ko: ${dir} not found. Run npm run fetch:ko-corpus first (or pass --no-extra to train on the React docs alone).`,
        );
        return 1;
      }
      try {
        corpora.push(extraCorpus(dir));
      } catch (error) {
        console.error(`train:ko: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
    }
  }
  const parts = corpora.map((c) => {
    const files = listCorpus(c.dir);
    const training = files.filter((f) => !isHeldOut(f));
    const docs = training.map((f) => tokenize(fs.readFileSync(path.join(c.dir, f), "utf8")));
    return { corpus: c, files: files.length, training: training.length, docs };
  });
  const docs = parts.flatMap((p) => p.docs);

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
  const sources = parts.map((p) => {
    let syllables = 0;
    for (const doc of p.docs) {
      const seq = [CLASS.space, CLASS.space, ...doc, CLASS.space].map((t) => ids.get(t) ?? 0);
      for (let i = 2; i < seq.length; i++) {
        const key = trigramKey(seq[i - 2] ?? 0, seq[i - 1] ?? 0, seq[i] ?? 0, size);
        trigrams.set(key, (trigrams.get(key) ?? 0) + 1);
        if ((seq[i] ?? 0) >= CLASS_TOKENS.length) syllables++;
      }
    }
    return {
      corpus: p.corpus.name,
      licence: p.corpus.licence,
      files: p.training,
      heldOutFiles: p.files - p.training,
      syllables,
    };
  });
  const bytes = encodeModel({ vocab, sources }, trigrams);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  for (const s of sources)
    console.log(
      `train:ko: ${s.corpus} (${s.licence}): ${s.files} training files (${s.heldOutFiles} held out), ${s.syllables} syllables`,
    );
  console.log(
    `train:ko: ${syllables.length} distinct syllables, ${trigrams.size} trigrams → ` +
      `${out} (${(bytes.length / 1024).toFixed(0)} KiB gzipped)`,
  );
  return 0;
}

if (isMain(import.meta.url)) {
  process.exitCode = main();
}
