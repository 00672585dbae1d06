/**
 * `npm run dev`: builds the content model and search index, puts the index where the dev server
 * serves static files (public/_search, not committed), then runs `next dev`.
 *
 * While it runs, the content folder is watched: an edited, added or removed note rebuilds the
 * model (only changed notes are parsed again; the rest come from the cache) and the index, and the
 * next page request renders from the new model (lib/content/index.ts re-reads content.json when
 * it changes). Reload the page to see the edit. A broken taxonomy.yaml keeps the last good model
 * and prints what is wrong.
 */
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { TaxonomyError } from "@/lib/content/taxonomy";
import { prebuild } from "./prebuild";

const contentDir = path.resolve(process.env.SHIORI_CONTENT_DIR ?? "content");
const generatedDir = path.resolve("generated");

async function rebuild(): Promise<void> {
  const { ms, stats } = await prebuild({ contentDir, generatedDir, quiet: true });
  await rm("public/_search", { recursive: true, force: true });
  await cp(path.join(generatedDir, "_search"), "public/_search", { recursive: true });
  console.log(
    `shiori: content rebuilt in ${Math.round(ms)} ms (${stats.parsed} parsed, ${stats.cached} from cache); reload the page`,
  );
}

await prebuild({ contentDir, generatedDir });
await rm("public/_search", { recursive: true, force: true });
await cp(path.join(generatedDir, "_search"), "public/_search", { recursive: true });

// One rebuild at a time; changes arriving meanwhile cause exactly one more.
let timer: NodeJS.Timeout | undefined;
let running: Promise<void> | null = null;
let again = false;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (running) {
      again = true;
      return;
    }
    running = rebuild()
      .catch((error: unknown) => {
        const message = error instanceof TaxonomyError ? error.message : String(error);
        console.error(
          `shiori: content not rebuilt, the site keeps the last good model:\n${message}`,
        );
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule();
        }
      });
  }, 200);
}
const watcher = watch(contentDir, { recursive: true }, (_event, file) => {
  // Editors' swap and backup files are not notes.
  if (file && /(^|\/)(\.#|#)|~$|\.swp$/.test(file)) return;
  schedule();
});
console.log(`shiori: watching ${path.relative(process.cwd(), contentDir) || "."} for changes`);

const child = spawn(
  process.execPath,
  [path.resolve("node_modules/next/dist/bin/next"), "dev", ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
);
child.on("exit", (code) => {
  watcher.close();
  process.exit(code ?? 0);
});
