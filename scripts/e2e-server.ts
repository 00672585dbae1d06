/**
 * `npm run test:e2e:server`: end-to-end tests of server mode. Builds the server build over the
 * user's notes plus the e2e fixture notes (as scripts/e2e.ts does for the static export), starts
 * Next's production server on a free port with scripts/serve.ts and runs e2e/server-mode.spec.ts in
 * real Chromium against it. Everything goes under .build/e2e-server/.
 *   SHIORI_E2E_SKIP_BUILD=1  reuse the last server build
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { findChromium } from "./chromium";
import { buildServer, startServer, type ServeOptions } from "./serve";

const root = path.resolve(".build", "e2e-server");
const options: ServeOptions = {
  contentDir: path.join(root, "content"),
  generatedDir: path.join(root, "generated"),
  distDir: path.relative(process.cwd(), path.join(root, "next")),
  port: 0,
  host: "127.0.0.1",
  quiet: true,
};

async function main(): Promise<number> {
  const chromium = findChromium();
  const built =
    existsSync(path.join(options.distDir, "BUILD_ID")) &&
    existsSync(path.join(options.generatedDir, "content.json"));
  if (process.env.SHIORI_E2E_SKIP_BUILD !== "1" || !built) {
    rmSync(options.contentDir, { recursive: true, force: true });
    mkdirSync(options.contentDir, { recursive: true });
    cpSync("content", options.contentDir, { recursive: true });
    if (existsSync("test/fixtures/e2e-notes")) {
      cpSync("test/fixtures/e2e-notes", path.join(options.contentDir, "notes", "e2e"), {
        recursive: true,
      });
    }
    rmSync(path.join(root, "next"), { recursive: true, force: true });
    console.log("e2e:server: building for server mode …");
    const t = await buildServer(options);
    console.log(
      `e2e:server: prebuild ${(t.prebuildMs / 1000).toFixed(1)} s, next build ${(t.nextBuildMs / 1000).toFixed(1)} s`,
    );
  }
  const server = await startServer(options);
  console.log(`e2e:server: server mode at ${server.url}, Chromium ${chromium}`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.resolve("node_modules/@playwright/test/cli.js"),
        "test",
        "e2e/server-mode.spec.ts",
        ...process.argv.slice(2),
      ],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          SHIORI_BASE_URL: server.url,
          SHIORI_SERVER_BASE_URL: server.url,
          SHIORI_SERVER_DIST: path.resolve(options.distDir),
          SHIORI_E2E_GENERATED: options.generatedDir,
          PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
        },
      },
    );
    child.on("exit", (c) => resolve(c ?? 1));
  });
  await server.close();
  return code;
}

main().then(
  (code) => {
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
