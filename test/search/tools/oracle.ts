// Lists the sections whose text (NFKC, lowercase) contains every needle group (a group matches
// when any of its "|"-separated alternatives occurs), with the line around the first match, so a
// person can judge relevance by reading. Independent of lib/search's normaliser on purpose.
import { runPipeline } from "@/lib/content/pipeline";
import { toSearchDocs } from "@/lib/search/docs";
const seeds = await runPipeline({ contentDir: "test/fixtures/seeds" });
const ko = await runPipeline({ contentDir: "test/fixtures/search-ko" });
const docs = toSearchDocs({ ...seeds, notes: [...seeds.notes, ...ko.notes] });
const norm = (s: string) => s.normalize("NFKC").toLowerCase();
for (const arg of process.argv.slice(2)) {
  const groups = arg.split(" ").map((g) => g.split("|").map(norm));
  console.log(`## ${arg}`);
  for (const d of docs) {
    const t = norm(d.text);
    if (!groups.every((g) => g.some((n) => t.includes(n)))) continue;
    const n = groups[0]!.find((x) => t.includes(x))!;
    const at = t.indexOf(n);
    console.log(`  ${d.key}  …${t.slice(Math.max(0, at - 25), at + 35).replace(/\s+/g, " ")}…`);
  }
}
