/**
 * Builds the production site (user notes + e2e fixture notes) into .build/search-e2e and runs the
 * search e2e spec (e2e/search.spec.ts) against it in Chromium, like scripts/e2e.ts does, in a
 * build folder of its own so it can run beside the main e2e build.
 *   SEARCH_E2E_SKIP_BUILD=1 reuses the last build. Extra arguments go to `playwright test`.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { buildSite } from "@/scripts/build-site";
import { findChromium } from "@/scripts/chromium";
import { createStaticServer } from "@/scripts/serve-static";

const root = path.resolve(".build", "search-e2e");
const contentDir = path.join(root, "content");
const siteDir = path.join(root, "site");
const chromium = findChromium();
if (process.env.SEARCH_E2E_SKIP_BUILD !== "1" || !existsSync(path.join(siteDir, "index.html"))) {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  cpSync("content", contentDir, { recursive: true });
  cpSync("test/fixtures/e2e-notes", path.join(contentDir, "notes", "e2e"), { recursive: true });
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
const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    [
      path.resolve("node_modules/@playwright/test/cli.js"),
      "test",
      "e2e/search.spec.ts",
      ...process.argv.slice(2),
    ],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        SHIORI_BASE_URL: `http://127.0.0.1:${port}`,
        SHIORI_E2E_GENERATED: path.join(root, "generated"),
        PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
      },
    },
  );
  child.on("exit", (c) => resolve(c ?? 1));
});
server.close();
process.exitCode = code;
