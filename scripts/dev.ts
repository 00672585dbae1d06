/**
 * `npm run dev`: builds the content model and search index, puts the index where the dev server
 * serves static files (public/_search and public/_media, not committed), then runs `next dev`.
 *
 * While it runs, the content folder is watched: an edited, added or removed note rebuilds the
 * model (only changed notes are parsed again; the rest come from the cache) and the index, and the
 * next page request renders from the new model (lib/content/index.ts re-reads content.json when
 * it changes). Reload the page to see the edit. A broken taxonomy.yaml keeps the last good model
 * and prints what is wrong (scripts/watch-content.ts, shared with `npm run serve -- --watch`).
 *
 *   npm run dev -- [next dev arguments]   (--help first: this usage)
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { MEDIA_DIR } from "@/lib/content/assets";
import { forwardArgs } from "./cli";
import { prebuild } from "./prebuild";
import { rebuiltLine, watchContent } from "./watch-content";

const nextArgs = forwardArgs(`Usage: npm run dev -- [next dev arguments: --port 3001 …]
Builds the content model and search index, then runs \`next dev\` and rebuilds them when a note
changes. SHIORI_CONTENT_DIR: the notes (default content).`);

const contentDir = path.resolve(process.env.SHIORI_CONTENT_DIR ?? "content");
const generatedDir = path.resolve("generated");

/** The search index and the files notes show, where `next dev` serves static files. */
async function publish(): Promise<void> {
  for (const dir of ["_search", MEDIA_DIR]) {
    await rm(path.join("public", dir), { recursive: true, force: true });
    // _media is there only when some note shows a local file.
    if (existsSync(path.join(generatedDir, dir)))
      await cp(path.join(generatedDir, dir), path.join("public", dir), { recursive: true });
  }
}

async function rebuild(): Promise<void> {
  const { ms, stats } = await prebuild({ contentDir, generatedDir, quiet: true });
  await publish();
  console.log(`${rebuiltLine(ms, stats)}; reload the page`);
}

await prebuild({ contentDir, generatedDir });
await publish();

const watcher = watchContent(contentDir, rebuild);

const child = spawn(
  process.execPath,
  [path.resolve("node_modules/next/dist/bin/next"), "dev", ...nextArgs],
  { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
);
child.on("exit", (code) => {
  watcher.close();
  process.exit(code ?? 0);
});
