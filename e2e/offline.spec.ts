import { readFileSync } from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { createStaticServer } from "../scripts/serve-static";
import type { OfflineManifest } from "../lib/offline/policy";

/**
 * Offline reading (issue #15), in real Chromium with the service worker on: each test serves the
 * e2e build from its own server (its own origin, so its own worker and caches), then cuts the
 * network for real: the browser goes offline and the server is closed.
 */
const siteDir = process.env.SHIORI_E2E_SITE_DIR;
test.skip(!siteDir || Boolean(process.env.SHIORI_E2E_CORPUS), "needs the static e2e build");
test.use({ serviceWorkers: "allow" });

const CHAPTER = "/notes/cloud-native-devops-study-log/chapter-5";
const NEXT_CHAPTER = "/notes/cloud-native-devops-study-log/chapter-6";

async function serve(): Promise<{ url: string; server: http.Server }> {
  const server = createStaticServer(path.resolve(siteDir!));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The network goes away: the browser is offline and the server is gone. */
async function cutNetwork(context: BrowserContext, server: http.Server): Promise<void> {
  await context.setOffline(true);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

function offlineManifest(): OfflineManifest {
  return JSON.parse(
    readFileSync(path.join(path.resolve(siteDir!), "offline.json"), "utf8"),
  ) as OfflineManifest;
}

async function workerReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return Boolean(reg.active && navigator.serviceWorker.controller);
  });
}

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search" });

async function search(page: Page, query: string) {
  const box = searchBox(page);
  await expect(async () => {
    if (!(await box.isVisible())) await page.locator("body").press("/");
    await expect(box).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await box.fill(query);
  return page.getByRole("listbox", { name: "Search results" }).getByRole("option");
}

test("pages read online and the search index work with the network cut", async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const { url, server } = await serve();
  await page.goto(url + CHAPTER);
  await workerReady(page);
  // The footer says so once the worker has kept the page.
  await expect(page.locator("footer [data-offline-status=kept]")).toContainText(
    "Available offline",
  );
  // A client-side navigation: the worker is told and keeps that page too.
  await page.locator(`main a[href="${NEXT_CHAPTER}"]`).first().click();
  await expect(page).toHaveURL(url + NEXT_CHAPTER);
  await expect(page.locator("footer [data-offline-status=kept]")).toBeVisible();
  const nextHeading = (await page.locator("main h1").first().textContent())!.trim();
  const nextTitle = offlineManifest().pages.find((p) => p.path === NEXT_CHAPTER)!.title;

  // One search online: the worker then keeps every file of the index.
  await expect((await search(page, "kubernetes")).first()).toBeVisible();
  await page.keyboard.press("Escape");
  const indexFiles = offlineManifest().files.filter((f) => f.path.startsWith("/_search/"));
  expect(indexFiles.length).toBeGreaterThan(1);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const cache = await caches.open("shiori-immutable-v1");
          return (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith("/_search/"))
            .length;
        }),
      { timeout: 30_000 },
    )
    .toBe(indexFiles.length);

  await cutNetwork(context, server);

  // A full reload of a kept page: the kept copy, with its scripts (ticks, palette) working.
  await page.goto(url + CHAPTER);
  await expect(page.locator("main h1").first()).toContainText("5章");
  await page.goto(url + NEXT_CHAPTER);
  await expect(page.locator("main h1").first()).toHaveText(nextHeading);
  // Searches for words never searched online: their shards come from the kept index.
  for (const query of ["障害", "롤링", "velero"]) {
    const options = await search(page, query);
    await expect(options.first(), query).toBeVisible();
    await page.keyboard.press("Escape");
  }
  // A page never opened: a short page saying so, with links to what can be read.
  const response = await page.goto(`${url}/notes/weekly-08`);
  expect(response?.status()).toBe(503);
  await expect(page.locator("h1")).toHaveText("You are offline");
  await expect(page.locator(`a[href="${NEXT_CHAPTER}"]`)).toHaveText(nextTitle);
  expect(errors).toEqual([]);
});

test("Offline reading saves the whole site, which then opens with the network cut, and removes it", async ({
  page,
  context,
}) => {
  const { url, server } = await serve();
  const manifest = offlineManifest();
  await page.goto(`${url}/offline`);
  await expect(page.locator("main h1")).toContainText("Offline reading");
  await workerReady(page);
  const save = page.locator("[data-offline-save]");
  await expect(save).toContainText(`Save all ${manifest.pages.length} pages for offline`);
  await save.click();
  await expect(page.locator("[data-offline-job]")).toHaveAttribute("data-offline-job", "done", {
    timeout: 60_000,
  });
  await expect(page.locator("[data-offline-job]")).toContainText("Saved. Every page");
  await expect(page.locator("[data-offline-summary]")).toHaveText(
    `${manifest.pages.length} of ${manifest.pages.length} pages are saved on this device.`,
  );
  await expect(
    page.getByText(/The whole site was saved on/).filter({ visible: true }),
  ).toBeVisible();

  await cutNetwork(context, server);
  // Pages never opened, a CJK tag page among them, open from the saved copy.
  const tag = manifest.pages.find((p) => p.path.startsWith("/tags/%"))!;
  for (const target of ["/notes/weekly-08", tag.path, "/checklist"]) {
    const response = await page.goto(url + target);
    expect(response?.status(), target).toBe(200);
    await expect(page.locator("main h1").first(), target).toBeVisible();
    await expect(page.locator("body"), target).not.toContainText("You are offline");
  }
  // The checklist's items come from its data file, saved with the site.
  await expect(page.locator("main").getByRole("checkbox").first()).toBeVisible();

  await page.goto(`${url}/offline`);
  await page.locator("[data-offline-remove]").click();
  await expect(page.locator("[data-offline-job]")).toContainText("Saved pages were removed");
  await expect(page.locator("[data-offline-summary]")).toContainText(
    `0 of ${manifest.pages.length} pages`,
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the Offline reading page says it needs JavaScript", async ({ page }) => {
    await page.goto("/offline");
    await expect(page.locator("main")).toContainText(
      "Offline reading needs JavaScript, which is turned off in this browser.",
    );
  });
});
