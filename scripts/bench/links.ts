/**
 * `npm run bench:links -- [content-dir …]`: how many links between notes (and to local images and
 * files) resolve, per content folder, with the unresolved ones by kind and a sample. Defaults to
 * the public corpora in ../shared/corpora (the Korean React docs from their src/content, where
 * their root-relative links start) and the repository's fixture folders.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { runPipeline } from "@/lib/content/pipeline";
import { parseArgv } from "../cli";
import { isMain } from "../is-main";

const DEFAULTS = [
  "../shared/corpora/ja-k8s-demo",
  "../shared/corpora/zh-k8s-handbook",
  "../shared/corpora/ko-react-docs/src/content",
  "test/fixtures/sites",
];

export async function measureLinks(dir: string) {
  const model = await runPipeline({ contentDir: dir, threads: 1 });
  const refs = model.notes.flatMap((n) => n.refs.map((r) => ({ ...r, file: n.path })));
  const byKind = (kind: string) => refs.filter((r) => r.kind === kind);
  const row = (list: typeof refs) => `${list.filter((r) => r.href !== null).length}/${list.length}`;
  return {
    dir,
    notes: model.notes.length,
    all: row(refs),
    links: row(byKind("link")),
    images: row(byKind("image")),
    wiki: row([...byKind("wiki"), ...byKind("embed")]),
    toHeadings: row(refs.filter((r) => r.target?.anchor)),
    backlinks: model.notes.reduce((n, note) => n + note.backlinks.length, 0),
    translations: model.notes.filter((n) => n.translations.length > 0).length,
    unresolved: refs
      .filter((r) => r.href === null)
      .slice(0, 8)
      .map((r) => `${r.file}:${r.line} ${r.kind} ${r.url}`),
  };
}

if (isMain(import.meta.url)) {
  const { positionals } = parseArgv({
    command: "bench:links",
    usage: `Usage: npm run bench:links -- [content-dir …]
How many links between notes (and to local images and files) resolve, per content folder.
Without a folder: those of ${DEFAULTS.join(", ")} that exist.`,
    positionals: [{ name: "content-dir", variadic: true }],
  });
  const [given] = positionals;
  const dirs = given.length ? given : DEFAULTS.filter((d) => existsSync(d));
  for (const dir of dirs) {
    const r = await measureLinks(path.resolve(dir));
    console.log(
      `${dir}: ${r.notes} notes; resolved ${r.all} (links ${r.links}, images ${r.images}, wikilinks ${r.wiki}, to a heading ${r.toHeadings}); ${r.backlinks} backlinks; ${r.translations} notes with translations`,
    );
    for (const u of r.unresolved) console.log(`  unresolved: ${u}`);
  }
}
