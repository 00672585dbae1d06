// Prints the search sections of a content folder (`--full` for their whole text), for judging queries.
import { runPipeline } from "@/lib/content/pipeline";
import { toSearchDocs } from "@/lib/search/docs";
const model = await runPipeline({ contentDir: process.argv[2] ?? "content" });
const docs = toSearchDocs(model);
const full = process.argv.includes("--full");
for (const d of docs)
  console.log(
    full
      ? `=== ${d.key} [${d.lang}]\n${d.text}`
      : JSON.stringify([d.key, d.lang, d.headingEnd, d.text.slice(0, 60)]),
  );
console.log(docs.length, JSON.stringify(model.diagnostics, null, 1));
