import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/chromium";

/**
 * End-to-end tests run by scripts/e2e.ts, which builds the production site, serves it and sets
 * SHIORI_BASE_URL and PLAYWRIGHT_CHROMIUM_EXECUTABLE.
 */
export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: process.env.SHIORI_BASE_URL ?? "http://127.0.0.1:4173",
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
      args: CHROMIUM_ARGS,
    },
    trace: "off",
    // The offline service worker would answer requests that specs route or count; the offline
    // spec turns it on for itself.
    serviceWorkers: "block",
  },
});
