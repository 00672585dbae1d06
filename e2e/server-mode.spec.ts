/**
 * Server mode (`npm run serve`): Next's production server renders note and chapter pages on demand
 * at the same URLs as the static export, and search works against it. Run by
 * scripts/e2e-server.ts (`npm run test:e2e:server`), which builds for server mode and starts the
 * server; under the static e2e runner these tests are skipped.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { z } from "zod";

const base = process.env.SHIORI_SERVER_BASE_URL;
test.skip(
  !base,
  "server mode is tested by npm run test:e2e:server (scripts/e2e-server.ts), which starts the server",
);

interface ChapterRef {
  note: string;
  noteTitle: string;
  chapter: string;
  title: string;
}

/** The part of content.json these tests read. */
const contentSchema = z.object({
  notes: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      chapters: z.array(z.object({ slug: z.string(), title: z.string() })),
    }),
  ),
});
/** The part of Next's prerender-manifest.json these tests read. */
const prerenderSchema = z.object({
  routes: z.record(z.string(), z.unknown()),
  dynamicRoutes: z.record(z.string(), z.unknown()),
});

/** The first note with chapters, from the content model the server renders from. */
function firstChapter(): ChapterRef {
  const generated = process.env.SHIORI_E2E_GENERATED;
  if (!generated)
    throw new Error(
      "SHIORI_E2E_GENERATED is not set; run these tests with npm run test:e2e:server.",
    );
  const model = contentSchema.parse(
    JSON.parse(readFileSync(path.join(generated, "content.json"), "utf8")),
  );
  const note = model.notes.find((n) => n.chapters.length >= 2);
  if (!note) throw new Error("the e2e content has no note with chapters");
  const chapter = note.chapters[1]!;
  return { note: note.slug, noteTitle: note.title, chapter: chapter.slug, title: chapter.title };
}

test.use({ baseURL: base });

test("no page is pre-rendered by the server build: each is rendered per request", () => {
  const dist = process.env.SHIORI_SERVER_DIST;
  if (!dist)
    throw new Error("SHIORI_SERVER_DIST is not set; run these tests with npm run test:e2e:server.");
  const manifest = prerenderSchema.parse(
    JSON.parse(readFileSync(path.join(dist, "prerender-manifest.json"), "utf8")),
  );
  // Every page carries a fresh CSP nonce (proxy.ts), so no page can come from a cache. Data
  // routes (the checklist items and the progress data, JSON with no scripts; the feed and the
  // sitemap, the readiness profiles) are built once, as in the static export, and scripts/serve.ts
  // answers their URLs from the current model (server-watch.spec.ts shows an added note in them,
  // server-readiness.spec.ts a saved profile).
  expect(
    Object.keys(manifest.routes)
      .filter((r) => !r.startsWith("/_"))
      .sort(),
  ).toEqual([
    "/checklist-items.json",
    "/checklist-progress.json",
    "/feed.xml",
    "/readiness.json",
    "/sitemap.xml",
  ]);
  expect(Object.keys(manifest.dynamicRoutes)).toEqual([]);
});

test("a chapter page is served at the static export's URL, rendered on demand", async ({
  page,
}) => {
  const ref = firstChapter();
  const response = await page.goto(`/notes/${ref.note}/${ref.chapter}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ref.title);
  await expect(
    page
      .getByRole("navigation", { name: /breadcrumb/i })
      .getByRole("link", { name: ref.noteTitle }),
  ).toBeVisible();
  // The note page links to the same chapter URL.
  await page.goto(`/notes/${ref.note}`);
  await expect(
    page.getByRole("main").locator(`a[href="/notes/${ref.note}/${ref.chapter}"]`).first(),
  ).toBeVisible();
});

test("an unknown note is a 404 page", async ({ page }) => {
  const response = await page.goto("/notes/no-such-note-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/not (be )?found/i);
});

test("search finds a chapter and opens it, with the index served from /_search/", async ({
  page,
}) => {
  const ref = firstChapter();
  const query =
    ref.title
      .replace(/^[\d\s.章第-]+/, "")
      .trim()
      .slice(0, 12) || ref.title;
  const searchResponses: { url: string; status: number; cache: string | null }[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname.startsWith("/_search/"))
      searchResponses.push({
        url: r.url(),
        status: r.status(),
        cache: r.headers()["cache-control"] ?? null,
      });
  });
  await page.goto(`/notes/${ref.note}/${ref.chapter}`);
  expect(searchResponses).toEqual([]); // nothing of the index before the first query

  const box = page.getByRole("combobox", { name: "Search" });
  // A click before the page has hydrated does nothing; click again until the palette opens.
  await expect(async () => {
    await page.locator("[data-search-open]:visible").first().click();
    await expect(box).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(box).toBeFocused();
  await box.fill(query);
  const option = page.getByRole("option").filter({ hasText: query }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/\/notes\/[^?#]+\?hl=/);
  await expect(page.locator("article[data-note-body]")).toContainText(query);

  expect(searchResponses.length).toBeGreaterThan(1);
  expect(searchResponses.filter((r) => r.status !== 200)).toEqual([]);
  const manifest = searchResponses.find((r) => r.url.endsWith("/_search/manifest.json"));
  expect(manifest?.cache).toBe("no-cache");
  const shards = searchResponses.filter((r) => /\/_search\/p\//.test(r.url));
  expect(shards.length).toBeGreaterThan(0);
  for (const s of shards) expect(s.cache).toBe("public, max-age=31536000, immutable");
});

/** Scripts the CSP blocked and errors, collected from before the page's first script. */
async function watchPolicy(page: Page) {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // The blocked eval probe of zod (see below) is logged too.
    if (m.type() === "error" && !m.text().includes("'unsafe-eval'"))
      errors.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  return {
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

const NONCE_POLICY =
  /^default-src 'self'; script-src 'self' 'nonce-([A-Za-z0-9+/]+={0,2})' 'strict-dynamic'; .*object-src 'none'; base-uri 'self'; .*frame-src 'none'/;

test("every page is sent with a Content-Security-Policy header and a fresh nonce on all its scripts", async ({
  request,
}) => {
  const ref = firstChapter();
  const seen = new Set<string>();
  for (const url of [
    "/",
    "/",
    "/checklist",
    `/notes/${ref.note}/${ref.chapter}`,
    "/no-such-page",
  ]) {
    const response = await request.get(url);
    const policy = response.headers()["content-security-policy"] ?? "";
    const nonce = NONCE_POLICY.exec(policy)?.[1];
    expect(nonce, `${url}: ${policy}`).toBeTruthy();
    seen.add(nonce!);
    const html = await response.text();
    // No <meta> policy in server mode: the header is the policy.
    expect(html).not.toContain('http-equiv="Content-Security-Policy"');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag, url).toContain(`nonce="${nonce}"`);
  }
  expect(seen.size).toBe(5);
});

test("under the header the page hydrates: theme, UI language, search and checklist work with no violation", async ({
  page,
}) => {
  const watch = await watchPolicy(page);
  await page.goto("/");
  const html = page.locator("html");
  // The theme toggle only works once React has hydrated under the policy.
  await expect(async () => {
    await page.locator("[data-theme-toggle]").first().selectOption("dark");
    await expect(html).toHaveClass(/\bdark\b/, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  await page.getByRole("combobox", { name: "Interface language" }).selectOption("ja");
  await expect(html).toHaveAttribute("data-ui", "ja");
  // After a reload the inline <head> scripts (nonce) put the saved theme and language back.
  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(html).toHaveAttribute("data-ui", "ja");

  await page.goto("/checklist");
  const box = page.locator('input[type="checkbox"][data-item-id]').first();
  const id = await box.getAttribute("data-item-id");
  await expect(box).toBeEnabled();
  await box.check();
  await page.reload();
  await expect(page.locator(`input[type="checkbox"][data-item-id="${id}"]`).first()).toBeChecked();

  const ref = firstChapter();
  await page.goto(`/notes/${ref.note}`);
  const searchBox = page.locator('dialog input[type="search"]');
  await expect(async () => {
    await page.locator("[data-search-open]:visible").first().click();
    await expect(searchBox).toBeFocused({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const query =
    ref.title
      .replace(/^[\d\s.章第-]+/, "")
      .trim()
      .slice(0, 12) || ref.title;
  await searchBox.fill(query);
  await expect(page.getByRole("option").filter({ hasText: query }).first()).toBeVisible();

  expect((await watch.violations()).filter((v) => !v.endsWith(" eval"))).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test("a script slipped into the served page, or an injected event handler, is blocked by the header", async ({
  page,
}) => {
  const watch = await watchPolicy(page);
  const ref = firstChapter();
  const url = `/notes/${ref.note}/${ref.chapter}`;
  // What a note could do if the sanitiser ever let markup through: a script in the page as sent,
  // with the response's own header. (With 'strict-dynamic', scripts that the page's trusted
  // scripts create are trusted, which is how Next loads its chunks; an attacker needs markup.)
  await page.route(`**${url}`, async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "<article",
      `<script>window.__pwned = "served inline script"</script><article`,
    );
    expect(html).toContain("served inline script");
    const headers = { ...response.headers() };
    delete headers["content-encoding"];
    delete headers["content-length"];
    expect(headers["content-security-policy"]).toMatch(NONCE_POLICY);
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  await page.goto(url);
  const html = page.locator("html");
  // The page's own scripts still run: the theme toggle works once React has hydrated.
  await expect(async () => {
    await page.locator("[data-theme-toggle]").first().selectOption("dark");
    await expect(html).toHaveClass(/\bdark\b/, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = `<img src="/no-such-image.png" onerror="window.__pwned = 'onerror'">`;
    document.body.append(div);
  });
  // (zod probes `Function("")` once and falls back without it: blocked eval is not counted.)
  await expect
    .poll(async () => (await watch.violations()).filter((v) => !v.endsWith(" eval")).sort())
    .toEqual(["script-src-attr inline", "script-src-elem inline"]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBe(
    undefined,
  );
});
