/**
 * The XSS sweep over the hostile corpus: writes the corpus (test/fixtures/hostile plus the
 * generated big, binary and symlinked cases, with content/taxonomy.yaml) into .build/hostile,
 * builds a production site of it, serves it on 127.0.0.1 and runs e2e/xss.spec.ts in real
 * Chromium against every page built. Extra arguments go to `playwright test`.
 *   SHIORI_HOSTILE_SKIP_BUILD=1  reuse the last hostile build
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { generateHostileCorpus } from "@/test/hostile/generate";
import { buildSite } from "./build-site";
import { runMain, serveAndTest } from "./e2e-run";

const root = path.resolve(".build", "hostile");
const generatedDir = path.join(root, "generated");
const siteDir = path.join(root, "site");

async function main(): Promise<number> {
  if (
    process.env.SHIORI_HOSTILE_SKIP_BUILD !== "1" ||
    !existsSync(path.join(siteDir, "index.html"))
  ) {
    const corpus = await generateHostileCorpus(path.join(root, "corpus"));
    console.log(
      `e2e-hostile: building the hostile corpus (${corpus.generated.length} generated cases) …`,
    );
    const started = performance.now();
    await buildSite({
      contentDir: corpus.contentDir,
      generatedDir,
      distDir: path.relative(process.cwd(), siteDir),
      quiet: true,
    });
    console.log(`e2e-hostile: built in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  return serveAndTest(
    { name: "e2e-hostile", siteDir, generatedDir, env: { SHIORI_E2E_CORPUS: "hostile" } },
    ["e2e/xss.spec.ts", ...process.argv.slice(2)],
  );
}

runMain(main);
