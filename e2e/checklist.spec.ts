import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { checklistId } from "../lib/content/ids";
import { normalizeText } from "../lib/search/normalize";
import type { ChecklistItem, ContentModel, NoteSlug } from "../lib/content/types";

/**
 * The production-readiness checklist in real Chromium against the production build: ticks on
 * chapter pages and /checklist share one saved state, survive reloads, sync across tabs, export
 * and import, and the page keeps working when storage is corrupt, full or blocked.
 */

const KEY = "shiori.checklist.v1";
const BACKUP_PREFIX = `${KEY}.backup.`;
/** Note 001 of the user's notes: about sixty `- [ ] :` items over many chapters. */
const NOTE_001 = "cloud-native-devops-study-log" as NoteSlug;

function model(): ContentModel {
  const dir = process.env.SHIORI_E2E_GENERATED ?? "generated";
  return JSON.parse(readFileSync(path.join(dir, "content.json"), "utf8")) as ContentModel;
}

/** Items of note 001 that sit on chapter pages, in source order. */
function itemsOf001(): ChecklistItem[] {
  const note = model().notes.find((n) => n.slug === NOTE_001);
  if (!note) throw new Error(`note ${NOTE_001} is not in the e2e build`);
  const items = note.checklist.filter((item) => item.chapter !== null);
  if (items.length < 4)
    throw new Error(`note ${NOTE_001} has only ${items.length} checklist items`);
  return items;
}

/** An item's box on /checklist (listed once per category it is filed under). */
const listBoxes = (page: Page, item: ChecklistItem) =>
  page.locator(`input[type="checkbox"][data-item-id="${item.id}"]`);
/** An item's box in the chapter text, found the way a screen reader user finds it: by name. */
const chapterBox = (page: Page, item: ChecklistItem) =>
  page.locator("article[data-note-body]").getByRole("checkbox", { name: item.plain, exact: true });
/** Compare the text a person sees (the UI strings of the other languages are display:none). */
const SEEN = { useInnerText: true };
const overall = (page: Page) => page.getByRole("progressbar", { name: "Overall" });

async function expectListTicked(page: Page, item: ChecklistItem, ticked: boolean) {
  const boxes = listBoxes(page, item);
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) {
    if (ticked) await expect(box).toBeChecked();
    else await expect(box).not.toBeChecked();
  }
}

/** Sets localStorage before the site's scripts run, on the first load of the page only. */
async function seedOnce(page: Page, entries: Record<string, string>) {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem("e2e-seeded")) return;
    sessionStorage.setItem("e2e-seeded", "1");
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

test("a tick on a 001 chapter page shows on /checklist and survives a reload", async ({ page }) => {
  const [item] = itemsOf001();
  await page.goto(item!.url);
  const box = chapterBox(page, item!);
  await expect(box).toBeEnabled();
  await expect(box).not.toBeChecked();
  // Keyboard: a real checkbox, reached and toggled without a mouse.
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();

  await page.goto("/checklist");
  await expectListTicked(page, item!, true);
  await expect(overall(page)).toHaveAttribute("aria-valuenow", "1");

  await page.reload();
  await expectListTicked(page, item!, true);
  await page.goto(item!.url);
  await expect(chapterBox(page, item!)).toBeChecked();
});

test("the dashboard cards show the checklist's numbers and move when an item is ticked", async ({
  page,
}) => {
  const [item] = itemsOf001();
  const area = item!.taxonomy[0]?.split("/")[0];
  if (!area) throw new Error(`item ${item!.id} is not filed under an area`);
  const bar = (where: "dashboard" | "checklist") =>
    where === "dashboard"
      ? page.locator(`[data-area-card="${area}"]`).getByRole("progressbar")
      : page.locator(`section[aria-labelledby="area-${area}"]`).getByRole("progressbar").first();
  const numbers = async (where: "dashboard" | "checklist") => {
    await page.goto(where === "dashboard" ? "/" : "/checklist");
    const found = bar(where);
    await expect(found).toBeVisible();
    await expect(found).not.toHaveAttribute("aria-busy", "true");
    return [await found.getAttribute("aria-valuenow"), await found.getAttribute("aria-valuemax")];
  };

  const before = await numbers("dashboard");
  expect(await numbers("checklist")).toEqual(before);
  await page.goto(item!.url);
  await chapterBox(page, item!).check();
  // Saved progress is read after hydration: wait for the numbers rather than reading them once.
  const expected = String(Number(before[0]) + 1);
  for (const where of ["dashboard", "checklist"] as const) {
    await page.goto(where === "dashboard" ? "/" : "/checklist");
    await expect(bar(where)).toHaveAttribute("aria-valuenow", expected);
    await expect(bar(where)).toHaveAttribute("aria-valuemax", before[1]!);
  }
});

test("a tick on a note page moves the dashboard card and the category page's bar, and survives a reload", async ({
  page,
}) => {
  const [item] = itemsOf001();
  const area = item!.taxonomy[0]?.split("/")[0];
  if (!area) throw new Error(`item ${item!.id} is not filed under an area`);
  const progressFiles: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/checklist-progress.json")) progressFiles.push(request.url());
  });
  const card = () => page.locator(`[data-area-card="${area}"]`).getByRole("progressbar");
  const categoryBar = () => page.getByRole("progressbar", { name: "Your progress" });
  const read = async (bar: ReturnType<Page["locator"]>) => {
    await expect(bar).toBeVisible();
    // Until the saved ticks are read the bar is a placeholder without figures.
    await expect(bar).not.toHaveAttribute("aria-busy", "true");
    return [await bar.getAttribute("aria-valuenow"), await bar.getAttribute("aria-valuemax")];
  };

  await page.goto("/");
  const before = await read(card());
  await page.goto(`/categories/${area}`);
  expect(await read(categoryBar())).toEqual(before);
  // Nothing changed yet: the bars show the numbers in the page and fetch nothing.
  expect(progressFiles).toEqual([]);

  await page.goto(item!.url);
  await chapterBox(page, item!).check();
  const expected = String(Number(before[0]) + 1);
  for (const [url, bar] of [
    ["/", card],
    [`/categories/${area}`, categoryBar],
  ] as const) {
    await page.goto(url);
    await expect(bar()).toHaveAttribute("aria-valuenow", expected);
    await expect(bar()).toHaveAttribute("aria-valuemax", before[1]!);
    await page.reload();
    await expect(bar()).toHaveAttribute("aria-valuenow", expected);
    await expect(bar()).toHaveAttribute("aria-valuemax", before[1]!);
  }
  expect(progressFiles.length).toBeGreaterThan(0);
  expect(
    progressFiles.every((url) => /\/checklist-progress\.json\?v=[A-Za-z0-9]{16}$/.test(url)),
  ).toBe(true);
  // The checklist page counts the same.
  await page.goto("/checklist");
  await expect(
    page.locator(`section[aria-labelledby="area-${area}"]`).getByRole("progressbar").first(),
  ).toHaveAttribute("aria-valuenow", expected);
});

test("when the progress data cannot be fetched, the bars keep the page's numbers and the ticks stay saved", async ({
  page,
}) => {
  const [item] = itemsOf001();
  const area = item!.taxonomy[0]?.split("/")[0];
  if (!area) throw new Error(`item ${item!.id} is not filed under an area`);
  const card = page.locator(`[data-area-card="${area}"]`).getByRole("progressbar");
  await page.goto("/");
  await expect(card).not.toHaveAttribute("aria-busy", "true");
  const built = await card.getAttribute("aria-valuenow");
  await page.goto(item!.url);
  await chapterBox(page, item!).check();
  const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(saved).toContain(item!.id);

  let requested = 0;
  await page.route(/\/checklist-progress\.json/, (route) => {
    requested += 1;
    return route.fulfill({ status: 503, body: "down" });
  });
  await page.goto("/");
  await expect.poll(() => requested).toBeGreaterThan(0);
  await expect(card).toHaveAttribute("aria-valuenow", built!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(saved);
});

test("two pages open in one browser stay in sync", async ({ context }) => {
  const [item] = itemsOf001();
  const chapter = await context.newPage();
  const list = await context.newPage();
  await chapter.goto(item!.url);
  await list.goto("/checklist");
  await expect(chapterBox(chapter, item!)).toBeEnabled();

  await chapterBox(chapter, item!).check();
  await expectListTicked(list, item!, true);
  await expect(overall(list)).toHaveAttribute("aria-valuenow", "1");

  await listBoxes(list, item!).first().uncheck();
  await expect(chapterBox(chapter, item!)).not.toBeChecked();
});

test("export → reset → import restores every tick", async ({ page }) => {
  const items = itemsOf001().slice(0, 3);
  await page.goto("/checklist");
  for (const item of items) await listBoxes(page, item).first().check();
  await expect(overall(page)).toHaveAttribute("aria-valuenow", "3");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8")) as {
    items: { id: string; text: string; checked: boolean; noteTitle: string }[];
  };
  // Readable by a person: ids with item text and note.
  expect(exported.items.map((i) => [i.id, i.text, i.checked]).sort()).toEqual(
    items.map((i) => [i.id, i.plain, true]).sort(),
  );

  await page.getByRole("button", { name: "Reset progress…" }).click();
  const dialog = page.getByRole("dialog", { name: "Reset your progress?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Reset", exact: true }).click();
  await expect(overall(page)).toHaveAttribute("aria-valuenow", "0");
  for (const item of items) await expectListTicked(page, item, false);

  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import progress…" }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByText("3 items were imported.").filter({ visible: true })).toBeVisible();
  for (const item of items) await expectListTicked(page, item, true);
  await page.reload();
  await expect(overall(page)).toHaveAttribute("aria-valuenow", "3");
});

test("a reset can be undone, and needs confirmation", async ({ page }) => {
  const [item] = itemsOf001();
  await page.goto("/checklist");
  await listBoxes(page, item!).first().check();

  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expectListTicked(page, item!, true);

  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Reset", exact: true }).click();
  await expectListTicked(page, item!, false);
  const undo = page.getByRole("button", { name: /^Undo the reset/ });
  await expect(undo).toBeFocused();
  await page.reload();
  await page.getByRole("button", { name: /^Undo the reset/ }).click();
  await expectListTicked(page, item!, true);
});

test("after a rebuild with items reordered and one reworded, unchanged ticks survive and the reworded one is an orphan", async ({
  page,
}) => {
  const [a, b, c] = itemsOf001();
  // Progress saved under the previous build: the same items in another order, and `c` still
  // had its old wording there (so its id was made from the old text).
  const oldText = `${c!.plain}（旧）`;
  const at = "2024-05-01T10:00:00.000Z";
  const saved = {
    version: 2,
    previous: null,
    items: {
      [checklistId(NOTE_001, oldText)]: {
        checked: true,
        updatedAt: at,
        text: oldText,
        note: NOTE_001,
      },
      [b!.id]: { checked: true, updatedAt: at, text: b!.plain, note: NOTE_001 },
      [a!.id]: { checked: true, updatedAt: at, text: a!.plain, note: NOTE_001 },
    },
  };
  await seedOnce(page, { [KEY]: JSON.stringify(saved) });
  await page.goto("/checklist");

  await expectListTicked(page, a!, true);
  await expectListTicked(page, b!, true);
  await expectListTicked(page, c!, false);
  const panel = page.getByRole("region", { name: "Orphaned progress (1)" });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(oldText, { exact: true }).filter({ visible: true })).toBeVisible();

  // The most similar current item is offered first; re-attaching moves the tick onto it.
  await expect(panel.getByRole("combobox", { name: "Re-attach to" })).toHaveValue(c!.id);
  await panel.getByRole("button", { name: "Re-attach" }).click();
  await expectListTicked(page, c!, true);
  await expect(page.getByRole("region", { name: /^Orphaned progress/ })).toHaveCount(0);
});

test("a corrupt saved value is backed up, the reader is told, and the checklist starts empty", async ({
  page,
}) => {
  const raw = '{"version":2,"items":{"broken';
  await seedOnce(page, { [KEY]: raw });
  await page.goto("/checklist");

  await expect(
    page.getByText("Saved progress could not be read").filter({ visible: true }),
  ).toBeVisible();
  await expect(overall(page)).toHaveAttribute("aria-valuenow", "0");
  const stored = await page.evaluate((prefix) => {
    const backups: Record<string, string | null> = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) backups[key] = localStorage.getItem(key);
    }
    return backups;
  }, BACKUP_PREFIX);
  expect(Object.values(stored)).toEqual([raw]);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the unreadable value" }).click();
  expect(readFileSync(await (await download).path(), "utf8")).toBe(raw);

  // The page works: a tick is saved again.
  const [item] = itemsOf001();
  await listBoxes(page, item!).first().check();
  await page.reload();
  await expectListTicked(page, item!, true);
});

test("when localStorage refuses writes (QuotaExceededError) the page works and says progress is not saved", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const [item] = itemsOf001();
  await page.goto("/checklist");
  await expect(
    page.getByText(/^Progress can't be saved in this browser/).filter({ visible: true }),
  ).toBeVisible();
  await listBoxes(page, item!).first().check();
  await expectListTicked(page, item!, true);
  await expect(overall(page)).toHaveAttribute("aria-valuenow", "1");

  await page.goto(item!.url);
  await expect(
    page.getByText(/^Your ticks can't be saved in this browser/).filter({ visible: true }),
  ).toBeVisible();
  await chapterBox(page, item!).check();
  await expect(chapterBox(page, item!)).toBeChecked();
});

test("when localStorage is blocked (SecurityError) the page works and says progress is not saved", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const [item] = itemsOf001();
  await page.goto("/checklist");
  await expect(
    page
      .getByText(
        /^Progress can't be saved in this browser: its storage is blocked \(SecurityError\)/,
      )
      .filter({ visible: true }),
  ).toBeVisible();
  await listBoxes(page, item!).first().check();
  await expect(overall(page)).toHaveAttribute("aria-valuenow", "1");
  expect(errors).toEqual([]);
});

test("the text filter matches Japanese typed in half-width kana, and open/done filters follow the ticks", async ({
  page,
}) => {
  const notes = model().notes;
  const all = notes.flatMap((note) =>
    note.checklist.map((item) => {
      const chapter = note.chapters.find((c) => c.slug === item.chapter)?.title ?? "";
      return { item, text: normalizeText([item.plain, note.title, chapter].join("\n")) };
    }),
  );
  // Half-width katakana, as some Japanese keyboards and old files produce it.
  const query = "ﾊﾞｯｸｱｯﾌﾟ";
  const expected = [
    ...new Set(all.filter((a) => a.text.includes(normalizeText(query))).map((a) => a.item.id)),
  ];
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);

  await page.goto("/checklist");
  await page.getByRole("searchbox", { name: "Text" }).fill(query);
  await expect(
    page.getByText(`Showing ${expected.length} of ${all.length} items`).filter({ visible: true }),
  ).toBeVisible();
  const shown = await page
    .locator("input[data-item-id]")
    .evaluateAll((boxes) => boxes.map((box) => box.getAttribute("data-item-id")));
  expect([...new Set(shown)].sort()).toEqual([...expected].sort());

  await page.getByRole("button", { name: "Clear filters" }).click();
  const [item] = itemsOf001();
  await listBoxes(page, item!).first().check();
  await page.getByRole("radio", { name: "Done only" }).check();
  await expect(
    page.getByText(`Showing 1 of ${all.length} items`).filter({ visible: true }),
  ).toBeVisible();
  await page.getByRole("radio", { name: "Open only" }).check();
  await expect(listBoxes(page, item!)).toHaveCount(0);
});

test("print view hides the controls and shows boxes as ☐/☑", async ({ page }) => {
  const [item] = itemsOf001();
  await page.goto("/checklist");
  await listBoxes(page, item!).first().check();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Export progress" })).toBeHidden();
  await expect(page.getByRole("search")).toBeHidden();
  await expect(page.getByText("☑").first()).toBeVisible();
  await expect(page.getByText("☐").first()).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violations on /checklist (${scheme}, with an orphan and a notice)`, async ({
    page,
  }) => {
    const at = "2024-05-01T10:00:00.000Z";
    await seedOnce(page, {
      [KEY]: JSON.stringify({
        version: 2,
        previous: null,
        items: {
          [`${NOTE_001}--gone`]: {
            checked: true,
            updatedAt: at,
            text: "消えた項目",
            note: NOTE_001,
          },
        },
      }),
      [`${BACKUP_PREFIX}${at}`]: "not json",
    });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/checklist");
    await expect(page.getByRole("region", { name: /^Orphaned progress/ })).toBeVisible();
    if (scheme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  });
}

test("in Japanese the checklist's filters, actions, progress and title are Japanese, and stay so after a reload", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  await page.goto("/checklist");
  await expect(page).toHaveTitle("Checklist · Shiori");
  await page.getByRole("combobox", { name: "Interface language" }).selectOption("ja");

  for (const pass of ["picked", "reloaded"]) {
    await expect(page.locator("h1"), pass).toHaveText("本番運用準備チェックリスト", SEEN);
    await expect(page, pass).toHaveTitle("チェックリスト｜Shiori");
    const filters = page.getByRole("search", { name: "チェックリストを絞り込む" });
    await expect(filters, pass).toBeVisible();
    await expect(filters.getByRole("radio", { name: "未完了のみ" })).toBeVisible();
    await expect(filters.getByRole("searchbox", { name: "テキスト" })).toHaveAttribute(
      "placeholder",
      "どの言語の語句でも可",
    );
    // Options cannot hold one span per language: their label attribute carries the UI language.
    const area = filters.getByRole("combobox", { name: "分野" });
    await expect(area.locator("option").first()).toHaveAttribute("label", "すべての分野");
    await expect(area.locator("option[value='unclassified']")).toHaveAttribute("label", "未分類");
    await expect(
      filters.getByText(/^\d+ 件中 \d+ 件を表示$/).filter({ visible: true }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "進捗をエクスポート" })).toBeVisible();
    await expect(page.getByRole("button", { name: "進捗をインポート…" })).toBeVisible();
    await expect(page.getByRole("button", { name: "印刷" })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "全体" })).toHaveAttribute(
      "aria-valuetext",
      /^\d+ 件中 \d+ 件完了（\d+%）$/,
    );
    await expect(page.getByRole("link", { name: /^章で表示 ?: \S/ }).first()).toBeVisible();
    if (pass === "picked") await page.reload();
  }

  // The reset dialog and its outcome are Japanese too.
  const [item] = itemsOf001();
  await listBoxes(page, item!).first().check();
  await page.getByRole("button", { name: "進捗をリセット…" }).click();
  const dialog = page.getByRole("dialog", { name: "進捗をリセットしますか？" });
  await expect(dialog).toContainText(
    "チェックを付けたり外したりした 1 件の項目をクリアします。",
    SEEN,
  );
  await dialog.getByRole("button", { name: "リセット", exact: true }).click();
  await expect(page.getByText("進捗をリセットしました。").filter({ visible: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /のリセットを取り消す$/ })).toBeVisible();

  // The title follows a client-side navigation.
  await page
    .getByRole("navigation", { name: "サイト" })
    .getByRole("link", { name: "タグ" })
    .click();
  await expect(page).toHaveURL(/\/tags\/?$/);
  await expect(page).toHaveTitle("タグ｜Shiori");
  expect(errors).toEqual([]);
});

test("before any script of the site runs, a Korean reader already has Korean attributes and title", async ({
  page,
}) => {
  // Block the Next.js chunks: only the inline <head> script runs, so nothing hydrates.
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort());
  await page.addInitScript(() => localStorage.setItem("shiori.ui-lang", "ko"));
  await page.goto("/checklist");
  await expect(page.locator("h1")).toHaveText("프로덕션 준비 체크리스트", SEEN);
  await expect(page).toHaveTitle("체크리스트 | Shiori");
  // The items themselves arrive with /checklist-items.json once scripts run; the page chrome does not wait.
  await expect(page.locator("[data-checklist-loading] [role=status]")).toContainText(
    "불러오는 중",
    SEEN,
  );
  await expect(page.locator("nav[data-sidebar]")).toHaveAttribute("aria-label", "분류와 노트");
  await expect(page.locator("header nav[data-i18n-aria-label='nav.site']")).toHaveAttribute(
    "aria-label",
    "사이트",
  );
});

test("when the checklist items cannot be fetched, the page says so, keeps the saved ticks and retries", async ({
  page,
}) => {
  const [item] = itemsOf001();
  // A tick made on the chapter page first, so there is saved state to lose.
  await page.goto(item!.url);
  await chapterBox(page, item!).check();
  const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(saved).toContain(item!.id);

  let fail = true;
  await page.route(/\/checklist-items\.json/, (route) =>
    fail ? route.fulfill({ status: 503, body: "down" }) : route.fallback(),
  );
  await page.goto("/checklist");
  const alert = page.locator("[data-checklist-loading]").getByRole("alert");
  await expect(alert).toContainText("could not be loaded", SEEN);
  await expect(alert).toContainText("HTTP 503");
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(saved);

  fail = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expectListTicked(page, item!, true);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(saved);
});
