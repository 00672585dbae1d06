/**
 * The XSS sweep over the hostile corpus: writes the corpus (test/fixtures/hostile plus the
 * generated big, binary and symlinked cases, with content/taxonomy.yaml) into .build/hostile,
 * builds a production site of it, serves it on 127.0.0.1 and runs e2e/xss.spec.ts in real
 * Chromium against every page built. Extra arguments go to `playwright test`
 * (`npm run test:hostile -- [playwright test arguments]`; --help first: this usage).
 * Then does the same for the repro corpus of issue 20 (test/fixtures/hostile-repro: lone
 * surrogates and controls in titles, file names with tabs and newlines), built as a site of its
 * own with its own taxonomy.yaml, where every page once failed to hydrate.
 *   SHIORI_HOSTILE_SKIP_BUILD=1  reuse the last hostile builds
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { generateHostileCorpus } from "@/test/hostile/generate";
import { extractReproCorpus } from "@/test/hostile/repro";
import { buildSite } from "./build-site";
import { forwardArgs } from "./cli";
import { runMain, serveAndTest } from "./e2e-run";

const playwrightArgs =
  forwardArgs(`Usage: npm run test:hostile -- [playwright test arguments: --grep …]
The XSS sweep: builds the hostile corpus and the repro corpus of issue 20 under .build/hostile and
runs e2e/xss.spec.ts in real Chromium against every page built.
  SHIORI_HOSTILE_SKIP_BUILD=1  reuse the last hostile builds`);

const root = path.resolve(".build", "hostile");
const generatedDir = path.join(root, "generated");
const siteDir = path.join(root, "site");
const reproRoot = path.resolve(".build", "hostile-repro");
const skipBuild = process.env.SHIORI_HOSTILE_SKIP_BUILD === "1";

async function main(): Promise<number> {
  if (!skipBuild || !existsSync(path.join(siteDir, "index.html"))) {
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
  const code = await serveAndTest(
    { name: "e2e-hostile", siteDir, generatedDir, env: { SHIORI_E2E_CORPUS: "hostile" } },
    ["e2e/xss.spec.ts", ...playwrightArgs],
  );
  return code || (await sweepRepro());
}

/** Builds the repro corpus as it is (notes and taxonomy.yaml) and sweeps its every page. */
async function sweepRepro(): Promise<number> {
  const site = path.join(reproRoot, "site");
  const generated = path.join(reproRoot, "generated");
  if (!skipBuild || !existsSync(path.join(site, "index.html"))) {
    const contentDir = extractReproCorpus(path.join(reproRoot, "corpus"));
    console.log("e2e-hostile: building the repro corpus of issue 20 …");
    await buildSite({
      contentDir,
      generatedDir: generated,
      distDir: path.relative(process.cwd(), site),
      quiet: true,
    });
  }
  return serveAndTest(
    {
      name: "e2e-hostile-repro",
      siteDir: site,
      generatedDir: generated,
      env: { SHIORI_E2E_CORPUS: "repro" },
    },
    ["e2e/xss.spec.ts", ...playwrightArgs],
  );
}

runMain(main);
