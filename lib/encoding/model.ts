/**
 * Lazy loading of the committed Korean model: read from disk once, on the first mojibake file.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeModel, type KoLanguageModel } from "./ko-lm";

/** The model file, relative to the repository root. */
export const MODEL_PATH = "lib/encoding/model/ko-lm.bin.gz";

function modelFile(): string {
  const tried: string[] = [];
  // Next next to this module when run from source (tsx, vitest); the repository root otherwise
  // (bundlers move modules, the working directory of `next build` is the root).
  try {
    tried.push(fileURLToPath(new URL("./model/ko-lm.bin.gz", import.meta.url)));
  } catch {
    // import.meta.url is not a file: URL inside some bundles.
  }
  tried.push(path.resolve(process.cwd(), MODEL_PATH));
  const found = tried.find((f) => fs.existsSync(f));
  if (!found) {
    throw new Error(
      `Korean model not found (looked in ${tried.join(", ")}). Run \`npm run train:ko\` to build ${MODEL_PATH}.`,
    );
  }
  return found;
}

let model: KoLanguageModel | null = null;

/** The Korean syllable model, loaded on first use. */
export function loadKoModel(): KoLanguageModel {
  model ??= decodeModel(fs.readFileSync(modelFile()));
  return model;
}

/** True once loadKoModel() has run (lets tests check that clean files never load it). */
export function isKoModelLoaded(): boolean {
  return model !== null;
}
