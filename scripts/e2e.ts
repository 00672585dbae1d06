/**
 * `npm run test:e2e`: builds the production site over the user's notes plus the e2e fixture notes
 * (test/fixtures/e2e-notes → notes/e2e/), serves it on 127.0.0.1 and runs Playwright in real
 * Chromium. Extra arguments go to `playwright test` (e.g. a spec file or --grep).
 *   SHIORI_E2E_SKIP_BUILD=1  reuse the last e2e build
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { buildSite } from "./build-site";
import { findChromium } from "./chromium";
import { createStaticServer } from "./serve-static";

const root = path.resolve(".build", "e2e");
const contentDir = path.join(root, "content");
const siteDir = path.join(root, "site");

async function main(): Promise<number> {
  const chromium = findChromium();
  if (process.env.SHIORI_E2E_SKIP_BUILD !== "1" || !existsSync(path.join(siteDir, "index.html"))) {
    rmSync(contentDir, { recursive: true, force: true });
    mkdirSync(contentDir, { recursive: true });
    cpSync("content", contentDir, { recursive: true });
    if (existsSync("test/fixtures/e2e-notes")) {
      cpSync("test/fixtures/e2e-notes", path.join(contentDir, "notes", "e2e"), { recursive: true });
    }
    console.log("e2e: building the production site …");
    await buildSite({
      contentDir,
      generatedDir: path.join(root, "generated"),
      distDir: path.relative(process.cwd(), siteDir),
      quiet: true,
    });
  }
  const server = createStaticServer(siteDir);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseURL = `http://127.0.0.1:${port}`;
  console.log(
    `e2e: serving ${path.relative(process.cwd(), siteDir)} at ${baseURL}, Chromium ${chromium}`,
  );
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.resolve("node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          SHIORI_BASE_URL: baseURL,
          SHIORI_E2E_GENERATED: path.join(root, "generated"),
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
