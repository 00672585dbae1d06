import path from "node:path";
import { runPipeline } from "@/lib/content/pipeline";
import { TaxonomyError } from "@/lib/content/taxonomy";
import { LANGS, type Lang } from "@/lib/content/types";
import { createMemorySearch } from "@/lib/search/memory";
import type { SearchHit, SnippetPart } from "@/lib/search/types";
import { CliUsageError, formatProblem, oneOf, positiveInt, readCli } from "@/scripts/cli";

const HELP = `Usage: npm run shiori -- search "<query>" [--json] [--limit N] [--lang L] [--category ID] [content-dir]

Searches the notes with the same index and ranking as the site's search: compounds without their
particle (リソース管理), OR, -word, and a misspelt word is corrected when nothing matches.
  --json          print {"query","corrected"?,"results":[{"note","chapter","heading","url","title","snippet","exact","near","lang"}]}
  --limit N       show at most N results (default 10)
  --lang L        only sections in language L (${LANGS.join(", ")}); repeatable
  --category ID   only sections filed under a taxonomy area or subcategory (e.g. fault-tolerance); repeatable
Exit code: 0 when something was found, 1 when nothing was, 2 on a usage or content error.`;

export interface SearchArgs {
  query: string;
  json: boolean;
  limit: number;
  langs: Lang[];
  categories: string[];
  contentDir: string;
}

const SPEC = {
  command: "shiori search",
  usage: HELP,
  options: {
    json: { type: "boolean" },
    limit: { type: "string", default: "10", parse: positiveInt },
    lang: { type: "string", multiple: true, parse: oneOf(LANGS) },
    category: { type: "string", multiple: true },
  },
  positionals: [{ name: "query-and-content-dir", variadic: true }],
  // A query may start with a dash (`-テスト`: without the word).
  dashPositionals: true,
} as const;

/** Parses the command's arguments; returns an error message a person can act on. */
export function parseSearchArgs(args: readonly string[]): SearchArgs | { error: string } | "help" {
  let parsed;
  try {
    parsed = readCli(args, SPEC);
  } catch (error) {
    if (error instanceof CliUsageError) return { error: `${error.message}.` };
    throw error;
  }
  if (parsed === "help") return "help";
  const { values } = parsed;
  const [positional] = parsed.positionals;
  if (positional.length === 0 || !positional[0]!.trim())
    return { error: 'give a query, e.g. npm run shiori -- search "障害".' };
  if (positional.length > 2)
    return {
      error: `expected a query and at most one content folder, got ${positional.length} arguments; quote a query that has spaces.`,
    };
  return {
    query: positional[0]!,
    json: values.json,
    limit: values.limit,
    langs: values.lang,
    categories: values.category,
    contentDir: positional[1] || "content",
  };
}

const plain = (parts: readonly SnippetPart[]) => parts.map((p) => p.text).join("");

/** The `--json` shape of one result. */
export function toSearchJson(hit: SearchHit) {
  return {
    note: hit.doc.note,
    chapter: hit.doc.chapter,
    heading: hit.doc.heading,
    url: hit.doc.url,
    title: hit.doc.noteTitle,
    snippet: plain(hit.snippet),
    exact: hit.exact,
    near: hit.near,
    lang: hit.doc.lang,
  };
}

function marked(parts: readonly SnippetPart[], tty: boolean): string {
  return parts
    .map((p) => (p.hit ? (tty ? `\x1b[1;7m${p.text}\x1b[0m` : `[${p.text}]`) : p.text))
    .join("");
}

export async function searchCommand(args: string[]): Promise<number> {
  const parsed = parseSearchArgs(args);
  if (parsed === "help") {
    console.log(HELP);
    return 0;
  }
  if ("error" in parsed) {
    process.stderr.write(formatProblem("shiori search", parsed.error, HELP));
    return 2;
  }
  let model: Awaited<ReturnType<typeof runPipeline>>;
  try {
    model = await runPipeline({ contentDir: parsed.contentDir });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      error instanceof TaxonomyError
        ? `shiori search: ${error.message}`
        : code === "ENOENT"
          ? `shiori search: the content folder ${path.resolve(parsed.contentDir)} does not exist. Pass the folder that holds your notes as the last argument.`
          : `shiori search: cannot read ${parsed.contentDir}: ${(error as Error).message}`,
    );
    return 2;
  }
  const engine = createMemorySearch(model);
  const res = await engine.search(parsed.query, {
    limit: parsed.limit,
    filters: { langs: parsed.langs, categories: parsed.categories },
  });
  if (parsed.json) {
    process.stdout.write(
      `${JSON.stringify({
        query: parsed.query,
        ...(res.corrected ? { corrected: res.corrected } : {}),
        results: res.results.map(toSearchJson),
      })}\n`,
    );
    return res.results.length ? 0 : 1;
  }
  if (res.total === 0) {
    console.log(
      `No sections match "${parsed.query}". Try fewer characters or fewer words; every word must appear in the same section.`,
    );
    return 1;
  }
  const tty = process.stdout.isTTY === true;
  const partial = res.total - res.exactTotal;
  if (res.corrected)
    console.log(`No sections match "${parsed.query}". Showing results for "${res.corrected}".`);
  console.log(
    `${res.total} ${res.total === 1 ? "section matches" : "sections match"} "${res.corrected ?? parsed.query}"${partial ? ` (${partial} partial: the characters occur apart)` : ""}; showing ${res.results.length}.\n`,
  );
  res.results.forEach((hit, i) => {
    const where = [hit.doc.noteTitle, hit.doc.chapterTitle, hit.doc.heading].filter(
      (x, k, all) => x && all.indexOf(x) === k,
    );
    console.log(
      `${i + 1}. ${where.join(" › ")}  [${hit.doc.lang}]${hit.near ? " (near match)" : hit.exact ? "" : " (partial)"}`,
    );
    console.log(`   ${hit.doc.url}`);
    const snippet = marked(hit.snippet, tty);
    if (snippet) console.log(`   ${snippet}`);
  });
  return 0;
}
