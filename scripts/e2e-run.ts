/**
 * What the e2e runners share: serve a built site on a free port of 127.0.0.1, run Playwright in
 * real Chromium against it with the environment the specs read, and exit with its code.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { findChromium } from "./chromium";
import { createStaticServer } from "./serve-static";

/**
 * The content folder an e2e build is made from, written fresh into `dir`: the user's five seed
 * notes as the repository keeps them (test/fixtures/seeds, with its taxonomy.yaml) and the e2e
 * fixture notes under notes/e2e/. Tests own their data: never the user's content/ folder, which
 * may hold anything by the time the tests run.
 */
export function writeE2eContent(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "notes"), { recursive: true });
  const seeds = "test/fixtures/seeds";
  for (const name of readdirSync(seeds)) {
    if (name === "taxonomy.yaml") cpSync(path.join(seeds, name), path.join(dir, name));
    else if (name.endsWith(".md")) cpSync(path.join(seeds, name), path.join(dir, "notes", name));
  }
  cpSync("test/fixtures/e2e-notes", path.join(dir, "notes", "e2e"), { recursive: true });
}

/** Runs `playwright test <args…>` against `baseURL`; resolves to its exit code. */
export function runPlaywright(
  baseURL: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<number> {
  const chromium = findChromium();
  return new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.resolve("node_modules/@playwright/test/cli.js"), "test", ...args],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          ...env,
          SHIORI_BASE_URL: baseURL,
          PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
        },
      },
    );
    child.on("exit", (c) => resolve(c ?? 1));
  });
}

export interface BuiltSite {
  /** Shown in the log: `e2e`, `e2e-hostile`, `e2e-sites`. */
  name: string;
  siteDir: string;
  generatedDir: string;
  /** More environment for the specs (SHIORI_E2E_CORPUS …). */
  env?: Record<string, string>;
}

/** Serves a static export and runs the given specs (all when empty) and extra Playwright arguments. */
export async function serveAndTest(site: BuiltSite, args: readonly string[]): Promise<number> {
  const server = createStaticServer(site.siteDir);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseURL = `http://127.0.0.1:${port}`;
  console.log(
    `${site.name}: serving ${path.relative(process.cwd(), site.siteDir)} at ${baseURL}, Chromium ${findChromium()}`,
  );
  try {
    return await runPlaywright(baseURL, args, {
      SHIORI_E2E_GENERATED: site.generatedDir,
      SHIORI_E2E_SITE_DIR: site.siteDir,
      ...site.env,
    });
  } finally {
    server.close();
  }
}

/** Runs a runner's main and sets the process's exit code from it. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
