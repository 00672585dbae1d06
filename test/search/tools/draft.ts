// Drafts judged sets from needle groups (see oracle.ts) and prints where the engine disagrees, for
// a person to review. Output is a starting point; queries.json holds the reviewed judgements.
import { runPipeline } from "@/lib/content/pipeline";
import { toSearchDocs } from "@/lib/search/docs";
import { createMemorySearch } from "@/lib/search/memory";
import { readFileSync, writeFileSync } from "node:fs";
const seeds = await runPipeline({ contentDir: "test/fixtures/seeds" });
const ko = await runPipeline({ contentDir: "test/fixtures/search-ko" });
const model = { ...seeds, notes: [...seeds.notes, ...ko.notes] };
const docs = toSearchDocs(model);
const engine = createMemorySearch(model);
const norm = (s: string) => s.normalize("NFKC").toLowerCase();
const spec = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as {
  q: string;
  lang: string;
  tags: string[];
  needles: string;
}[];
const out = [];
for (const s of spec) {
  const groups = s.needles.split(" ").map((g) => g.split("|").map(norm));
  const oracle = docs
    .filter((d) => groups.every((g) => g.some((n) => norm(d.text).includes(n))))
    .map((d) => d.key as string);
  const r = await engine.search(s.q, { limit: 100 });
  const got = r.results.map((h) => h.doc.key as string);
  const missing = oracle.filter((k) => !got.includes(k));
  const extra = got.filter((k) => !oracle.includes(k));
  console.log(
    `## ${s.q} oracle=${oracle.length} got=${got.length}${missing.length ? `\n  MISSING ${missing.join("  ")}` : ""}${
      extra.length
        ? `\n  EXTRA ${r.results
            .filter((h) => extra.includes(h.doc.key))
            .map(
              (h) =>
                `${h.exact ? "E" : "p"} ${h.doc.key} | ${h.snippet.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("")}`,
            )
            .join("\n  EXTRA ")}`
        : ""
    }`,
  );
  out.push({ q: s.q, lang: s.lang, tags: s.tags, relevant: oracle });
}
writeFileSync("/tmp/draft-queries.json", JSON.stringify(out, null, 1));
