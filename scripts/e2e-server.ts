/**
 * `npm run test:e2e:server`: end-to-end tests of server mode. Builds the server build over the
 * user's notes plus the e2e fixture notes (as scripts/e2e.ts does for the static export), starts
 * Next's production server on a free port with scripts/serve.ts, with --watch on that copy of the
 * content, and runs e2e/server-mode.spec.ts in real Chromium against it, then
 * e2e/server-watch.spec.ts, which edits, adds and deletes notes in the copy and waits for the
 * pages and search to show it (after the other spec, so its changes do not race with it), then
 * e2e/server-readiness.spec.ts, which adds a readiness profile, exports an edit into it and
 * rewords a note under it.
 * Everything goes under .build/e2e-server/. Extra arguments go to `playwright test`
 * (`npm run test:e2e:server -- [playwright test arguments]`; --help first: this usage).
 *   SHIORI_E2E_SKIP_BUILD=1  reuse the last server build
 */
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { findChromium } from "./chromium";
import { forwardArgs } from "./cli";
import { runPlaywright, writeE2eContent } from "./e2e-run";
import { buildServer, startServer, type ServeOptions } from "./serve";

const playwrightArgs =
  forwardArgs(`Usage: npm run test:e2e:server -- [playwright test arguments: --grep …]
Builds server mode over the notes plus the e2e fixture notes under .build/e2e-server, starts it
with --watch and runs e2e/server-mode.spec.ts, e2e/server-watch.spec.ts and
e2e/server-readiness.spec.ts in real Chromium against it.
  SHIORI_E2E_SKIP_BUILD=1  reuse the last server build`);

const root = path.resolve(".build", "e2e-server");
const options: ServeOptions = {
  contentDir: path.join(root, "content"),
  generatedDir: path.join(root, "generated"),
  distDir: path.relative(process.cwd(), path.join(root, "next")),
  port: 0,
  host: "127.0.0.1",
  quiet: true,
  watch: true,
};

async function main(): Promise<number> {
  const chromium = findChromium();
  const built =
    existsSync(path.join(options.distDir, "BUILD_ID")) &&
    existsSync(path.join(options.generatedDir, "content.json"));
  if (process.env.SHIORI_E2E_SKIP_BUILD !== "1" || !built) {
    writeE2eContent(options.contentDir);
    rmSync(path.join(root, "next"), { recursive: true, force: true });
    console.log("e2e:server: building for server mode …");
    const t = await buildServer(options);
    console.log(
      `e2e:server: prebuild ${(t.prebuildMs / 1000).toFixed(1)} s, next build ${(t.nextBuildMs / 1000).toFixed(1)} s`,
    );
  }
  const server = await startServer(options);
  console.log(`e2e:server: server mode at ${server.url}, Chromium ${chromium}`);
  const playwright = (spec: string) =>
    runPlaywright(
      server.url,
      // A --grep may match tests of one spec only.
      [spec, ...playwrightArgs, ...(playwrightArgs.length > 0 ? ["--pass-with-no-tests"] : [])],
      {
        SHIORI_SERVER_BASE_URL: server.url,
        SHIORI_SERVER_DIST: path.resolve(options.distDir),
        SHIORI_E2E_GENERATED: options.generatedDir,
        SHIORI_E2E_WATCH_CONTENT: options.contentDir,
      },
    );
  const modeCode = await playwright("e2e/server-mode.spec.ts");
  const watchCode = await playwright("e2e/server-watch.spec.ts");
  // Readiness profiles change the content folder too: after the watch spec, on their own.
  const readinessCode = await playwright("e2e/server-readiness.spec.ts");
  const code = modeCode || watchCode || readinessCode;
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
