import path from "node:path";
import { runPipeline } from "@/lib/content/pipeline";
import { TaxonomyError } from "@/lib/content/taxonomy";
import { isLang, LANGS, type Lang } from "@/lib/content/types";
import { createMemorySearch } from "@/lib/search/memory";
import type { SearchHit, SnippetPart } from "@/lib/search/types";

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

/** Parses the command's arguments; returns an error message a person can act on. */
export function parseSearchArgs(args: readonly string[]): SearchArgs | { error: string } | "help" {
  const out: SearchArgs = {
    query: "",
    json: false,
    limit: 10,
    langs: [],
    categories: [],
    contentDir: "content",
  };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === "--help" || a === "-h") return "help";
      else if (a === "--json") out.json = true;
      else if (a === "--limit") {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1)
          return { error: `--limit "${v}" is not a positive whole number; write e.g. --limit 20.` };
        out.limit = n;
      } else if (a === "--lang") {
        const v = value();
        if (!isLang(v))
          return {
            error: `--lang "${v}" is not a language Shiori knows; use one of ${LANGS.join(", ")}.`,
          };
        out.langs.push(v as Lang);
      } else if (a === "--category") out.categories.push(value());
      else if (a.startsWith("--")) return { error: `unknown option ${a}.` };
      else positional.push(a);
    } catch (error) {
      return { error: `${(error as Error).message}.` };
    }
  }
  if (positional.length === 0 || !positional[0]!.trim())
    return { error: 'give a query, e.g. npm run shiori -- search "障害".' };
  if (positional.length > 2)
    return {
      error: `expected a query and at most one content folder, got ${positional.length} arguments; quote a query that has spaces.`,
    };
  out.query = positional[0]!;
  if (positional[1]) out.contentDir = positional[1];
  return out;
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
    console.error(`shiori search: ${parsed.error}\n\n${HELP}`);
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
