/**
 * Real note folders end to end: builds the production site over test/fixtures/sites (a Jekyll
 * book, a Docusaurus docs folder, a Hugo section, an Obsidian vault and a translated glossary side
 * by side, with no taxonomy.yaml) into .build/e2e-sites, serves it and runs e2e/sites.spec.ts in
 * real Chromium. Extra arguments go to `playwright test`
 * (`npm run test:e2e:sites -- [playwright test arguments]`; --help first: this usage).
 *   SHIORI_E2E_SKIP_BUILD=1  reuse the last build
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { buildSite } from "./build-site";
import { forwardArgs } from "./cli";
import { runMain, serveAndTest } from "./e2e-run";

const playwrightArgs =
  forwardArgs(`Usage: npm run test:e2e:sites -- [playwright test arguments: --grep …]
Builds the production site over test/fixtures/sites into .build/e2e-sites, serves it and runs
e2e/sites.spec.ts in real Chromium.
  SHIORI_E2E_SKIP_BUILD=1  reuse the last build`);

const root = path.resolve(".build", "e2e-sites");
const generatedDir = path.join(root, "generated");
const siteDir = path.join(root, "site");

async function main(): Promise<number> {
  if (process.env.SHIORI_E2E_SKIP_BUILD !== "1" || !existsSync(path.join(siteDir, "index.html"))) {
    console.log("e2e-sites: building test/fixtures/sites …");
    await buildSite({
      contentDir: path.resolve("test/fixtures/sites"),
      generatedDir,
      distDir: path.relative(process.cwd(), siteDir),
      quiet: true,
    });
  }
  return serveAndTest(
    { name: "e2e-sites", siteDir, generatedDir, env: { SHIORI_E2E_CORPUS: "sites" } },
    ["e2e/sites.spec.ts", ...playwrightArgs],
  );
}

runMain(main);
