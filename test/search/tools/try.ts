import { runPipeline } from "@/lib/content/pipeline";
import { createMemorySearch } from "@/lib/search/memory";
const model = await runPipeline({ contentDir: "test/fixtures/seeds" });
const ko = await runPipeline({ contentDir: "test/fixtures/search-ko" });
const engine = createMemorySearch({ ...model, notes: [...model.notes, ...ko.notes] });
for (const q of process.argv.slice(2)) {
  const r = await engine.search(q, { limit: 30 });
  console.log(`## ${q}  total=${r.total} exact=${r.exactTotal}`);
  for (const h of r.results) console.log(` ${h.exact ? "E" : "p"} h${h.headingMatches} ${h.score.toFixed(2)} ${h.doc.key} | ${h.snippet.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("")}`);
}
