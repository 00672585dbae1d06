import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { ChecklistItem, ContentModel, NoteSlug } from "../lib/content/types";

/**
 * Reading pages put the content first (issue 15): the text starts on the first phone screen, no
 * build diagnostic is shown outside /health, task items are labels a finger can hit, saved ticks
 * and dismissed notices are right on the first frame, and every page kind shares one grid.
 */

const KEY = "shiori.checklist.v1";
const PHONE = { width: 390, height: 844 };
/** Note 001: `- [ ] :` items over many chapters; note 004: the repaired Korean note. */
const NOTE_001 = "cloud-native-devops-study-log" as NoteSlug;
const NOTE_004 = "keep-learning-k8s";

function model(): ContentModel {
  const dir = process.env.SHIORI_E2E_GENERATED ?? "generated";
  return JSON.parse(readFileSync(path.join(dir, "content.json"), "utf8")) as ContentModel;
}

function chapterItems(): ChecklistItem[] {
  const note = model().notes.find((n) => n.slug === NOTE_001);
  if (!note) throw new Error(`note ${NOTE_001} is not in the e2e build`);
  return note.checklist.filter((item) => item.chapter !== null);
}

const storedTicks = (ids: string[]) =>
  JSON.stringify({
    version: 2,
    items: Object.fromEntries(
      ids.map((id) => [
        id,
        { checked: true, updatedAt: "2026-01-01T00:00:00.000Z", text: null, note: null },
      ]),
    ),
    previous: null,
  });

/** Sets localStorage before the site's scripts run, on the first load of the page only. */
async function seedOnce(page: Page, entries: Record<string, string>) {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem("e2e-seeded")) return;
    sessionStorage.setItem("e2e-seeded", "1");
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

/**
 * Records, in the first animation frame (which runs before that frame is painted) in which
 * `selector` matches, what `read` says about it: what the reader saw first.
 */
async function recordFirstFrame(page: Page, selector: string, read: "checked" | "hidden" | "text") {
  await page.addInitScript(
    ({ selector, read }) => {
      const w = window as unknown as { __firstFrame?: string };
      const look = () => {
        const el = document.querySelector<HTMLElement>(selector);
        if (!el) return requestAnimationFrame(look);
        w.__firstFrame =
          read === "checked"
            ? String((el as HTMLInputElement).checked)
            : read === "hidden"
              ? String(el.hidden || el.getClientRects().length === 0)
              : (el.textContent ?? "");
      };
      requestAnimationFrame(look);
    },
    { selector, read },
  );
}
const firstFrame = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { __firstFrame?: string }).__firstFrame)
    .then((h) => h.jsonValue());

/** One page of every kind, and where its content starts. */
function pageKinds() {
  const items = chapterItems();
  const chapterUrl = items[0]!.url.split("#")[0]!;
  const body = "article[data-note-body] > :first-child";
  return [
    { kind: "dashboard", url: "/", first: "main h1 + p" },
    { kind: "area", url: "/categories/operability", first: "main h1 + *" },
    { kind: "unclassified", url: "/categories/unclassified", first: "main h1 ~ p" },
    { kind: "note (invalid date)", url: `/notes/${NOTE_001}`, first: body },
    { kind: "note (weekly)", url: "/notes/weekly-08", first: body },
    { kind: "note (repaired)", url: `/notes/${NOTE_004}`, first: body },
    { kind: "chapter", url: chapterUrl, first: body },
    { kind: "folder", url: "/notes", first: "main h1 ~ *" },
    { kind: "tags", url: "/tags", first: "main h1 ~ *" },
    { kind: "all notes", url: "/all-notes", first: "main h1 ~ p" },
    { kind: "link catalog", url: "/links", first: "main h1 ~ p" },
    { kind: "checklist", url: "/checklist", first: "main h1 + p" },
    { kind: "health", url: "/health", first: "main h1 ~ p" },
    { kind: "offline reading", url: "/offline", first: "main h1 + p" },
  ];
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  for (const { kind, url, first } of pageKinds()) {
    test(`${kind}: the content starts on the first screen`, async ({ page }) => {
      await page.goto(url);
      await page.locator("[data-checklist-loading]").waitFor({ state: "detached" });
      const start = page.locator(first).first();
      await expect(start).toBeVisible();
      const box = await start.boundingBox();
      expect(box, `${url}: ${first}`).not.toBeNull();
      expect(box!.y, `${url}: where the content starts`).toBeLessThan(PHONE.height);
    });
  }
});

/** Text that describes the build, not the note; it belongs on /health and in `shiori check`. */
const DIAGNOSTIC_TEXT = [
  "not a valid date",
  "as written",
  "Source file",
  "Front-matter categories",
  "taxonomy.yaml",
  "content/notes/",
  "decoded as Windows-1254",
];

test("no build diagnostic is shown on a reading page", async ({ page }) => {
  for (const { url } of pageKinds().filter((p) => p.kind !== "health")) {
    await page.goto(url);
    const seen = await page.locator("main").innerText();
    for (const text of DIAGNOSTIC_TEXT) expect(seen, `${url} shows "${text}"`).not.toContain(text);
  }
  // They are on /health, each kind with what it means (lib/content/diagnostic-codes.ts).
  await page.goto("/health");
  await expect(page.locator("main")).toContainText("cloud-native-devops-study-log.md");
  const invalidDate = page.locator('[data-health-kinds] tr[data-code="frontmatter/invalid-date"]');
  await expect(invalidDate.locator("[data-code-summary]")).toContainText("YYYY-MM-DD");
});

test("the note title is shown once, and a link to the heading it repeated still lands", async ({
  page,
}) => {
  await page.goto(`/notes/${NOTE_004}`);
  const h1 = page.locator("main h1");
  const title = (await h1.innerText()).trim();
  // The note opens with `# <title>`: the body does not repeat it under the page h1.
  await expect(
    page.locator("article[data-note-body]").locator("h1, h2, h3", { hasText: title }),
  ).toHaveCount(0);
  const id = await h1.getAttribute("id");
  expect(id, "the h1 took the dropped heading's id").toBeTruthy();
  await page.goto(`/notes/${NOTE_004}#${id}`);
  await expect(h1).toBeInViewport();
});

test("the content column starts at the same x on every page kind, with one heading size", async ({
  page,
}) => {
  for (const viewport of [{ width: 1440, height: 900 }, PHONE]) {
    await page.setViewportSize(viewport);
    const seen: { url: string; x: number; size: string }[] = [];
    for (const { url } of pageKinds()) {
      await page.goto(url);
      // The checklist page swaps its loading state for the list.
      await page.locator("[data-checklist-loading]").waitFor({ state: "detached" });
      const h1 = page.locator("main h1").first();
      await expect(h1).toBeVisible();
      const { x, size } = await h1.evaluate((el) => ({
        x: el.getBoundingClientRect().x,
        size: getComputedStyle(el).fontSize,
      }));
      seen.push({ url, x: Math.round(x), size });
    }
    const xs = new Set(seen.map((s) => s.x));
    const sizes = new Set(seen.map((s) => s.size));
    expect(xs.size, `${viewport.width}px: ${JSON.stringify(seen)}`).toBe(1);
    expect(sizes.size, `${viewport.width}px: ${JSON.stringify(seen)}`).toBe(1);
  }
});

test.describe("task items", () => {
  test("the whole text is the label: tapping it toggles the box, and the target is ≥ 24 px", async ({
    page,
  }) => {
    const [item] = chapterItems();
    await page.goto(item!.url);
    const box = page.locator(`input[data-task-id="${item!.id}"]`);
    await expect(box).toBeEnabled();
    const label = page.locator("label.task-label", { has: box });
    const size = (await label.boundingBox())!;
    expect(size.height).toBeGreaterThanOrEqual(24);
    expect(size.width).toBeGreaterThanOrEqual(24);
    // No bullet beside the box.
    const bullet = await page
      .locator(
        `li:has(> label input[data-task-id="${item!.id}"]), li:has(> p > label input[data-task-id="${item!.id}"])`,
      )
      .first()
      .evaluate((li) => getComputedStyle(li).listStyleType);
    expect(bullet).toBe("none");
    // Tap the text, away from the box.
    await label.click({ position: { x: size.width - 4, y: Math.min(10, size.height / 2) } });
    await expect(box).toBeChecked();
    await label.click({ position: { x: size.width - 4, y: Math.min(10, size.height / 2) } });
    await expect(box).not.toBeChecked();
  });

  test("a wrapped item's second line hangs under its text, not under the box", async ({ page }) => {
    await page.setViewportSize(PHONE);
    const items = chapterItems();
    // The longest item wraps on a phone.
    const item = [...items].sort((a, b) => b.plain.length - a.plain.length)[0]!;
    await page.goto(item.url);
    const box = page.locator(`input[data-task-id="${item.id}"]`);
    const label = page.locator("label.task-label", { has: box });
    const { boxRight, textLeft, lines } = await label.evaluate((el) => {
      const input = el.querySelector("input")!.getBoundingClientRect();
      const rects: DOMRect[] = [];
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
      }
      return {
        boxRight: input.right,
        textLeft: Math.min(...rects.map((r) => r.left)),
        lines: new Set(rects.map((r) => Math.round(r.top))).size,
      };
    });
    expect(lines, "the longest item wraps at 390 px").toBeGreaterThan(1);
    expect(textLeft, "no line of text starts under the box").toBeGreaterThanOrEqual(boxRight);
  });

  test("a saved tick is ticked on the first frame after a reload, before any hydration", async ({
    page,
  }) => {
    const [item] = chapterItems();
    await seedOnce(page, { [KEY]: storedTicks([item!.id]) });
    await recordFirstFrame(page, `input[data-task-id="${item!.id}"]`, "checked");
    await page.goto(item!.url);
    expect(await firstFrame(page)).toBe("true");
    await expect(page.locator(`input[data-task-id="${item!.id}"]`)).toBeChecked();
  });

  test("a tick made before the page's scripts have loaded is saved, not overwritten", async ({
    page,
  }) => {
    const [item] = chapterItems();
    // Hold the page's scripts back, so the box is ticked before hydration.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(item!.url, { waitUntil: "commit" });
    const box = page.locator(`input[data-task-id="${item!.id}"]`);
    await expect(box).toBeEnabled();
    await box.check();
    release();
    await page.waitForFunction(
      ([key, id]) => {
        const state = JSON.parse(localStorage.getItem(key!) ?? "null") as {
          items?: Record<string, { checked: boolean }>;
        } | null;
        return state?.items?.[id!]?.checked === true;
      },
      [KEY, item!.id],
    );
    await page.reload();
    await expect(box).toBeChecked();
  });
});

test("the dashboard never shows a wrong figure before the saved ticks are read", async ({
  page,
}) => {
  const items = chapterItems().slice(0, 3);
  await seedOnce(page, { [KEY]: storedTicks(items.map((i) => i.id)) });
  const card = "[data-area-card] [aria-hidden='true'].tabular-nums";
  await recordFirstFrame(page, card, "text");
  await page.goto("/");
  const first = await firstFrame(page);
  await expect(page.locator("[data-progress-pending]")).toHaveCount(0);
  const settled = await page.locator(card).first().textContent();
  expect([settled, "…"], `first frame showed "${first}"`).toContain(first);
});

test("the repair notice is one line; dismissed, it stays closed on every page of the note", async ({
  page,
}) => {
  await page.goto(`/notes/${NOTE_004}`);
  const notice = page.locator("[data-repair-notice]");
  await expect(notice).toBeVisible();
  const height = (await notice.boundingBox())!.height;
  expect(height, "one line").toBeLessThan(48);
  // The figures are behind Details.
  await expect(notice.locator("details > p").first()).toBeHidden();
  await notice.locator("summary").first().click();
  await expect(notice).toContainText("Windows-1254");
  await notice.locator("[data-dismiss]").click();
  await expect(notice).toBeHidden();

  const note = model().notes.find((n) => n.slug === NOTE_004)!;
  const chapter = note.chapters[0]!;
  await recordFirstFrame(page, "[data-repair-notice]", "hidden");
  await page.goto(`/notes/${NOTE_004}/${chapter.slug}`);
  expect(await firstFrame(page), "hidden on the first frame").toBe("true");
  await expect(page.locator("[data-repair-notice]")).toBeHidden();
});

test("the sidebar scrolls to the current page, not the page itself", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 600 });
  const note = model().notes.find((n) => n.slug === NOTE_001)!;
  const last = note.chapters[note.chapters.length - 1]!;
  await page.goto(`/notes/${NOTE_001}/${last.slug}`);
  const sidebar = page.locator("nav[data-sidebar]");
  const current = sidebar.locator('[aria-current="page"]');
  await expect(current).toBeVisible();
  await expect.poll(() => sidebar.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(current).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("code blocks keep the text's right edge instead of sticking out into the rail", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const [item] = chapterItems();
  await page.goto(item!.url.split("#")[0]!);
  const { text, blocks } = await page.locator("article[data-note-body]").evaluate((body) => {
    const right = (el: Element) => el.getBoundingClientRect().right;
    const children = [...body.children];
    return {
      text: Math.max(...children.filter((c) => c.matches("p, ul, ol")).map(right)),
      blocks: children.filter((c) => !c.matches("p, ul, ol")).map(right),
    };
  });
  expect(blocks.length).toBeGreaterThan(0);
  for (const r of blocks) expect(r).toBeLessThanOrEqual(text + 1);
});
