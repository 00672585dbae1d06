/**
 * `npm run dev`: builds the content model and search index, puts the index where the dev server
 * serves static files (public/_search, not committed), then runs `next dev`.
 *
 * While it runs, the content folder is watched: an edited, added or removed note rebuilds the
 * model (only changed notes are parsed again; the rest come from the cache) and the index, and the
 * next page request renders from the new model (lib/content/index.ts re-reads content.json when
 * it changes). Reload the page to see the edit. A broken taxonomy.yaml keeps the last good model
 * and prints what is wrong (scripts/watch-content.ts, shared with `npm run serve -- --watch`).
 */
import { spawn } from "node:child_process";
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { prebuild } from "./prebuild";
import { rebuiltLine, watchContent } from "./watch-content";

const contentDir = path.resolve(process.env.SHIORI_CONTENT_DIR ?? "content");
const generatedDir = path.resolve("generated");

async function rebuild(): Promise<void> {
  const { ms, stats } = await prebuild({ contentDir, generatedDir, quiet: true });
  await rm("public/_search", { recursive: true, force: true });
  await cp(path.join(generatedDir, "_search"), "public/_search", { recursive: true });
  console.log(`${rebuiltLine(ms, stats)}; reload the page`);
}

await prebuild({ contentDir, generatedDir });
await rm("public/_search", { recursive: true, force: true });
await cp(path.join(generatedDir, "_search"), "public/_search", { recursive: true });

const watcher = watchContent(contentDir, rebuild);

const child = spawn(
  process.execPath,
  [path.resolve("node_modules/next/dist/bin/next"), "dev", ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
);
child.on("exit", (code) => {
  watcher.close();
  process.exit(code ?? 0);
});
