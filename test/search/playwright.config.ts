import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

/** Runs the search e2e specs with the project's Playwright settings: `npm run test:e2e -- --config test/search/playwright.config.ts`. */
export default defineConfig({ ...base, testDir: "e2e" });
