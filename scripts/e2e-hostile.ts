/**
 * The XSS sweep over the hostile corpus: writes the corpus (test/fixtures/hostile plus the
 * generated big, binary and symlinked cases, with content/taxonomy.yaml) into .build/hostile,
 * builds a production site of it, serves it on 127.0.0.1 and runs e2e/xss.spec.ts in real
 * Chromium against every page built. Extra arguments go to `playwright test`.
 *   SHIORI_HOSTILE_SKIP_BUILD=1  reuse the last hostile build
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { generateHostileCorpus } from "@/test/hostile/generate";
import { buildSite } from "./build-site";
import { findChromium } from "./chromium";
import { createStaticServer } from "./serve-static";

const root = path.resolve(".build", "hostile");
const generatedDir = path.join(root, "generated");
const siteDir = path.join(root, "site");

async function main(): Promise<number> {
  const chromium = findChromium();
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
  const server = createStaticServer(siteDir);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseURL = `http://127.0.0.1:${port}`;
  console.log(`e2e-hostile: serving ${path.relative(process.cwd(), siteDir)} at ${baseURL}`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.resolve("node_modules/@playwright/test/cli.js"),
        "test",
        "e2e/xss.spec.ts",
        ...process.argv.slice(2),
      ],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          SHIORI_BASE_URL: baseURL,
          SHIORI_E2E_GENERATED: generatedDir,
          SHIORI_E2E_SITE_DIR: siteDir,
          SHIORI_E2E_CORPUS: "hostile",
          PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
        },
      },
    );
    child.on("exit", (c) => resolve(c ?? 1));
  });
  server.close();
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
