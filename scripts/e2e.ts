/**
 * `npm run test:e2e`: builds the production site over the repository's copy of the seed notes
 * (test/fixtures/seeds) plus the e2e fixture notes (test/fixtures/e2e-notes → notes/e2e/),
 * serves it on 127.0.0.1 and runs Playwright in real Chromium. Extra arguments go to `playwright test` (e.g. a spec file or --grep).
 *   npm run test:e2e:static -- [playwright test arguments]   (--help first: this usage)
 *   SHIORI_E2E_SKIP_BUILD=1  reuse the last e2e build
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { buildSite } from "./build-site";
import { forwardArgs } from "./cli";
import { runMain, serveAndTest, writeE2eContent } from "./e2e-run";

const playwrightArgs =
  forwardArgs(`Usage: npm run test:e2e:static -- [playwright test arguments: a spec file, --grep …]
Builds the production site over test/fixtures/seeds plus test/fixtures/e2e-notes into .build/e2e,
serves it on 127.0.0.1 and runs Playwright in real Chromium.
  SHIORI_E2E_SKIP_BUILD=1  reuse the last e2e build`);

const root = path.resolve(".build", "e2e");
const contentDir = path.join(root, "content");
const siteDir = path.join(root, "site");

async function main(): Promise<number> {
  if (process.env.SHIORI_E2E_SKIP_BUILD !== "1" || !existsSync(path.join(siteDir, "index.html"))) {
    writeE2eContent(contentDir);
    console.log("e2e: building the production site …");
    await buildSite({
      contentDir,
      generatedDir: path.join(root, "generated"),
      distDir: path.relative(process.cwd(), siteDir),
      quiet: true,
    });
  }
  return serveAndTest(
    { name: "e2e", siteDir, generatedDir: path.join(root, "generated") },
    playwrightArgs,
  );
}

runMain(main);
