/**
 * `npm run dev`: builds the content model and search index, puts the index where the dev server
 * serves static files (public/_search, not committed), then runs `next dev`.
 */
import { spawn } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { prebuild } from "./prebuild";

const generatedDir = path.resolve("generated");
await prebuild({ contentDir: process.env.SHIORI_CONTENT_DIR ?? "content", generatedDir });
rmSync("public/_search", { recursive: true, force: true });
cpSync(path.join(generatedDir, "_search"), "public/_search", { recursive: true });
const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "dev", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
child.on("exit", (code) => process.exit(code ?? 0));
