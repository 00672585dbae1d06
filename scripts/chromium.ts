/**
 * Finds a Chromium for Playwright, in this order: PLAYWRIGHT_CHROMIUM_EXECUTABLE,
 * /usr/bin/chromium, Playwright's own browser, and (on Debian, as root) `apt-get install -y
 * chromium`. The launch flags keep Chromium off the network, which this machine does not have.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

function playwrightOwn(): string | null {
  try {
    // playwright-core knows where its own downloaded browser would be.
    const out = execFileSync(
      process.execPath,
      ["-e", "try{console.log(require('playwright-core').chromium.executablePath())}catch{}"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    ).trim();
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

export function findChromium(options: { install?: boolean } = {}): string {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const own = playwrightOwn();
  if (own) return own;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (options.install !== false && isRoot && existsSync("/etc/debian_version")) {
    console.log("shiori: installing Chromium with apt-get (Debian, root) …");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "No Chromium found. Set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary, or install one (Debian: apt-get install -y chromium).",
  );
}
