import { readFileSync } from "node:fs";
import { createMemorySearch } from "./lib/search/memory";
import { evaluate, labelledSetSchema } from "./lib/search/quality";
import { loadCorpus } from "./test/search/seed-model";
const set = labelledSetSchema.parse(JSON.parse(readFileSync("test/search/queries.json", "utf8")));
const e = createMemorySearch(await loadCorpus(set.corpus));
const r = await evaluate(set, async (q) => (await e.search(q, { limit: 200 })).results.map((h) => ({ key: h.doc.key as string, exact: h.exact })));
console.log(r.queries, r.recall.toFixed(4), r.precision.toFixed(4), r.precisionExact.toFixed(4));
for (const s of r.perQuery) if (s.recall < 1 || s.precision < 1) console.log(JSON.stringify(s));
