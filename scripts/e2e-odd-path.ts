/**
 * `npm start` from a checkout whose path has a space and CJK characters (`…/ノート 2/shiori`),
 * over a folder of short notes with no chapters, tags or links (test/fixtures/short-notes): copies
 * the repository there (node_modules hard-linked when it can be), runs `npm start` as a reader
 * would, waits for the server and checks the pages answer. Before scripts compared
 * `new URL(import.meta.url).pathname` (percent-encoded) with the script path, `npm run build`
 * exited 0 at once having built nothing here.
 *
 *   npm run test:e2e:odd-path   (no arguments)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgv } from "./cli";
import { runMain } from "./e2e-run";

parseArgv({
  command: "test:e2e:odd-path",
  usage: `Usage: npm run test:e2e:odd-path   (no arguments)
Copies the repository to a path with a space and CJK characters (…/ノート 2/shiori), runs
\`npm start\` there over test/fixtures/short-notes and checks the pages answer.`,
});

const SKIP = new Set([
  ".git",
  ".build",
  ".next",
  "out",
  "generated",
  ".shiori-cache",
  "node_modules",
  "scratch",
  "test-results",
  "playwright-report",
]);
// Outside the repository: Next takes the topmost folder with a lock file as the project's root.
const root = path.join(os.tmpdir(), "shiori-odd-path");
const checkout = path.join(root, "ノート 2", "shiori");

function copyRepository(): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(checkout, { recursive: true });
  cpSync(".", checkout, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(".", src);
      const top = rel.split(path.sep)[0] ?? "";
      return (
        rel === "" ||
        (!SKIP.has(top) && !top.startsWith(".next-") && !rel.startsWith(path.join("public", "_")))
      );
    },
  });
  // Hard links are instant and take no space; another file system gets a real copy.
  const linked = spawnSync("cp", ["-al", "node_modules", path.join(checkout, "node_modules")]);
  if (linked.status !== 0)
    cpSync("node_modules", path.join(checkout, "node_modules"), {
      recursive: true,
      verbatimSymlinks: true,
    });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when the child prints `text`; rejects when it exits first. */
function waitFor(child: ChildProcess, text: string, log: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      if (log.join("").includes(text)) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
    child.once("exit", (code) =>
      reject(
        new Error(`npm start exited with ${code} before serving:\n${log.join("").slice(-4000)}`),
      ),
    );
  });
}

async function main(): Promise<number> {
  console.log(
    `e2e-odd-path: copying the repository to ${path.relative(process.cwd(), checkout)} …`,
  );
  copyRepository();
  const port = await freePort();
  const log: string[] = [];
  const child = spawn("npm", ["start"], {
    cwd: checkout,
    env: {
      ...process.env,
      SHIORI_CONTENT_DIR: "test/fixtures/short-notes",
      PORT: String(port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const failures: string[] = [];
  try {
    await waitFor(child, "Shiori is serving", log);
    if (!existsSync(path.join(checkout, "out", "index.html")))
      failures.push("out/index.html was not built");
    const expect = async (url: string, status: number, contains?: string) => {
      const res = await fetch(`http://127.0.0.1:${port}${url}`);
      const body = await res.text();
      if (res.status !== status) failures.push(`${url}: ${res.status}, expected ${status}`);
      if (contains && !body.includes(contains))
        failures.push(`${url}: does not show "${contains}"`);
    };
    await expect("/", 200);
    await expect("/notes", 200);
    await expect("/notes/pdb-memo", 200, "PDB の小さなメモ");
    await expect("/notes/zhiban-xinde", 200);
    await expect("/tags", 200);
    await expect("/links", 200);
    await expect("/all-notes", 200);
    await expect("/no-such-page", 404);
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
  if (failures.length) {
    console.error(`e2e-odd-path: FAILED\n- ${failures.join("\n- ")}`);
    return 1;
  }
  console.log(
    "e2e-odd-path: npm start built and served the short notes from a path with a space and CJK characters",
  );
  rmSync(root, { recursive: true, force: true });
  return 0;
}

runMain(main);
