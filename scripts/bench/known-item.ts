/**
 * `npm run bench:known-item`: known-item search over real notes (issue 16). For every section of
 * the corpora in ../shared/corpora (ja-k8s-demo, zh-k8s-handbook, ko-react-docs) that has a
 * heading, the heading text is searched as a reader who remembers it would type it, and the bench
 * counts how often that section comes first.
 *
 * - "first": the section itself is the first result.
 * - "first or a twin": the first result is a section with the same heading text (React's many
 *   "Usage" or "Caveats" headings cannot be told apart by their heading alone).
 * Prints the figures per corpus and the worst misses. Skipped, with a message, when the corpora
 * are absent.
 *   npm run bench:known-item -- [--worst N]   (N worst misses, default 12)
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { runPipeline } from "@/lib/content/pipeline";
import { toSearchDocs } from "@/lib/search/docs";
import { headingKey } from "@/lib/search/engine";
import { createMemorySearch } from "@/lib/search/memory";
import { MAX_QUERY_LENGTH } from "@/lib/search/tokenize";
import { nonNegativeInt, parseArgv } from "../cli";
import { isMain } from "../is-main";
import { CORPUS_NAMES, DEFAULT_CORPORA_DIR } from "./corpus";

/** The page puts a section whose heading is the query first; a twin is one with the same heading. */
const same = (a: string, b: string) => headingKey(a) === headingKey(b);

async function main() {
  const { values } = parseArgv({
    command: "bench:known-item",
    usage: "Usage: npm run bench:known-item -- [--worst N]   (N worst misses, default 12)",
    options: { worst: { type: "string", default: "12", parse: nonNegativeInt } },
  });
  const dirs = CORPUS_NAMES.map((name) => ({ name, dir: path.join(DEFAULT_CORPORA_DIR, name) }));
  const present = dirs.filter((d) => existsSync(d.dir));
  if (present.length === 0) {
    console.log(
      `bench:known-item: ${DEFAULT_CORPORA_DIR} has none of ${CORPUS_NAMES.join(", ")}; skipped.`,
    );
    return;
  }
  const models = await Promise.all(present.map((d) => runPipeline({ contentDir: d.dir })));
  const corpusOf = new Map<string, string>();
  models.forEach((m, i) => m.notes.forEach((n) => corpusOf.set(n.slug, present[i]!.name)));
  // One index over all corpora; note slugs of different corpora may collide, so prefix them.
  const notes = models.flatMap((m, i) =>
    m.notes.map((n) => ({ ...n, slug: `${present[i]!.name}/${n.slug}` as typeof n.slug })),
  );
  const model = { ...models[0]!, notes, folders: [], assets: {} };
  const docs = toSearchDocs(model);
  const engine = createMemorySearch(model);
  const rows = new Map<string, { sections: number; first: number; twin: number }>();
  const misses: { corpus: string; heading: string; got: string }[] = [];
  const started = performance.now();
  for (const doc of docs) {
    if (!doc.heading.trim() || doc.anchor === null) continue;
    const corpus = doc.note.split("/")[0]!;
    const row = rows.get(corpus) ?? { sections: 0, first: 0, twin: 0 };
    rows.set(corpus, row);
    row.sections++;
    // As the search page asks: its first page of results, ordered for display.
    const r = await engine.search(doc.heading.slice(0, MAX_QUERY_LENGTH), { limit: 20 });
    const top = r.results[0];
    if (top?.doc.key === doc.key) {
      row.first++;
      row.twin++;
    } else if (top && same(top.doc.heading, doc.heading)) row.twin++;
    else misses.push({ corpus, heading: doc.heading, got: top ? top.doc.heading : "(nothing)" });
  }
  const ms = performance.now() - started;
  let sections = 0;
  let first = 0;
  let twin = 0;
  console.log(
    `bench:known-item — ${docs.length} sections of ${present.map((d) => d.name).join(", ")}; ${Math.round(ms)} ms of queries\n`,
  );
  console.log("corpus            headings   first    first or a twin");
  for (const [corpus, row] of rows) {
    sections += row.sections;
    first += row.first;
    twin += row.twin;
    console.log(
      `${corpus.padEnd(17)} ${String(row.sections).padStart(8)}   ${((100 * row.first) / row.sections).toFixed(1).padStart(5)} %  ${((100 * row.twin) / row.sections).toFixed(1).padStart(6)} %`,
    );
  }
  console.log(
    `${"all".padEnd(17)} ${String(sections).padStart(8)}   ${((100 * first) / sections).toFixed(1).padStart(5)} %  ${((100 * twin) / sections).toFixed(1).padStart(6)} %`,
  );
  console.log(`\nworst misses (${misses.length}):`);
  for (const m of misses.slice(0, values.worst))
    console.log(`- [${m.corpus}] ${JSON.stringify(m.heading)} → first: ${JSON.stringify(m.got)}`);
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
