/**
 * Extracts the hostile repro corpus (test/fixtures/hostile-repro/hostile-corpus.tar: a content
 * folder whose notes hold lone surrogates, controls and bidi overrides in their frontmatter, and
 * whose file names hold tabs, newlines, quotes and markup) into `target`, and returns the folder.
 * The tar is read by the system's `tar`, which every supported machine (Linux, macOS) has.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export const REPRO_TAR = path.resolve("test/fixtures/hostile-repro/hostile-corpus.tar");

export function extractReproCorpus(target: string): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xf", REPRO_TAR, "-C", target]);
  return target;
}
