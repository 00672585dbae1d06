/** Shared by the hostile-corpus tests: a temporary copy of (part of) the corpus, checked once. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { runPipeline } from "@/lib/content/pipeline";
import type { ContentModel, Note } from "@/lib/content/types";
import { generateHostileCorpus, type GenerateOptions, type HostileCorpus } from "./generate";

export interface CheckedCorpus extends HostileCorpus {
  model: ContentModel;
  /** `line code: message` of every diagnostic of one file (path under notes/). */
  diagnostics(file: string): string[];
  /** The note built from one file, if any. */
  note(file: string): Note | undefined;
  dispose(): Promise<void>;
}

/** Writes the cases that pass `include` into a temporary folder and runs the pipeline over them. */
export async function checkCorpus(
  include: (file: string) => boolean,
  options: GenerateOptions = {},
): Promise<CheckedCorpus> {
  const target = await fs.mkdtemp(path.join(os.tmpdir(), "shiori-hostile-"));
  const corpus = await generateHostileCorpus(target, { taxonomy: false, ...options, include });
  const model = await runPipeline({ contentDir: corpus.contentDir });
  return {
    ...corpus,
    model,
    diagnostics: (file) =>
      model.diagnostics
        .filter((d) => d.file === `content/${file}` && d.code !== "taxonomy/unclassified")
        .map((d) => formatDiagnostic(d).slice(`content/${file}`.length)),
    note: (file) => model.notes.find((n) => n.file === `content/${file}`),
    dispose: () => fs.rm(target, { recursive: true, force: true }),
  };
}

/** Cases under one folder of the corpus: `under("frontmatter")`. */
export const under =
  (...folders: string[]) =>
  (file: string) =>
    folders.some((f) => file.startsWith(`notes/${f}/`));
