/**
 * Server mode with `--watch`: the content folder changes while the server runs (a `git pull`, a
 * sync, an editor) and the next requests show it, with no `next build`. Run by
 * scripts/e2e-server.ts after e2e/server-mode.spec.ts, against a server started on a copy of the
 * e2e content with watch on; under the static e2e runner these tests are skipped.
 *
 * The tests poll the page until the rebuild has landed (it takes a few seconds); they never assert
 * how long it took.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

const base = process.env.SHIORI_SERVER_BASE_URL;
const contentDir = process.env.SHIORI_E2E_WATCH_CONTENT;
test.skip(
  !base || !contentDir,
  "server mode --watch is tested by npm run test:e2e:server (scripts/e2e-server.ts), which starts the server with watch on",
);
test.use({ baseURL: base, viewport: { width: 1366, height: 900 } });
// One content folder, changed step by step.
test.describe.configure({ mode: "serial" });

/** Long enough for a rebuild on a slow shared machine; polling ends as soon as the edit shows. */
const REBUILT = { timeout: 60_000 };

/** The e2e fixture note these tests edit, and the note they add. */
const EDITED = {
  slug: "e2e/portal-cjk-tags",
  file: path.join("notes", "e2e", "portal-cjk-tags.md"),
};
const ADDED = {
  slug: "e2e/watch-added-note",
  file: path.join("notes", "e2e", "watch-added-note.md"),
};
const ADDED_TITLE = "監視で追加されたノート Watch added note";
/** Words no other note contains, for the search. */
const EDITED_WORD = "quokkawatch";
const ADDED_WORD = "wombatwatch";

const file = (rel: string) => path.join(contentDir ?? "", rel);
let original = "";

test.beforeAll(() => {
  if (contentDir) original = readFileSync(file(EDITED.file), "utf8");
});
test.afterAll(() => {
  // Leave the content copy as the build saw it (SHIORI_E2E_SKIP_BUILD reuses it).
  if (!contentDir) return;
  writeFileSync(file(EDITED.file), original);
  rmSync(file(ADDED.file), { force: true });
});

/** Opens the search palette (once the page has hydrated) and types `query`. */
async function search(page: Page, query: string) {
  const box = page.getByRole("combobox", { name: "Search" });
  await expect(async () => {
    await page.locator("[data-search-open]:visible").first().click();
    await expect(box).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await box.fill(query);
  return page.getByRole("listbox", { name: "Search results" }).getByRole("option");
}

test("an edited title shows on the note page, in the sidebar and in All notes; search finds the edit", async ({
  page,
  request,
}) => {
  const title = /^title: "(.+)"$/m.exec(original)?.[1];
  expect(title, `${EDITED.file} has a quoted title line`).toBeTruthy();
  // The searched word is in the body only: a title match could come from the page's own note list.
  const newTitle = `${title} 改訂版`;
  writeFileSync(
    file(EDITED.file),
    original
      .replace(/^title: ".+"$/m, `title: "${newTitle}"`)
      .replace(/\n# /, `\n${EDITED_WORD} 는 편집 후에만 있는 단어입니다.\n\n# `),
  );

  await expect
    .poll(async () => (await request.get(`/notes/${EDITED.slug}`)).text(), REBUILT)
    .toContain(newTitle);

  await page.goto(`/notes/${EDITED.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newTitle);
  await expect(page.locator(`nav[data-sidebar] a[href="/notes/${EDITED.slug}"]`)).toContainText(
    newTitle,
  );
  await page.goto("/all-notes");
  await expect(
    page.getByRole("main").locator(`[data-all-notes-list] a[href="/notes/${EDITED.slug}"]`),
  ).toContainText(newTitle);

  // The rebuilt index is served (new hashed files included) and finds a word only the edit has.
  const options = await search(page, EDITED_WORD);
  await expect(options.filter({ hasText: newTitle }).first()).toBeVisible();
  await options.filter({ hasText: newTitle }).first().click();
  await expect(page).toHaveURL(new RegExp(`/notes/${EDITED.slug}(/[^?#]+)?\\?hl=`));
  await expect(page.locator("article[data-note-body]")).toContainText(EDITED_WORD);
});

test("a note added after the server build renders at its URL, is found by search and its task is on the checklist; deleted, it is a 404", async ({
  page,
  request,
}) => {
  writeFileSync(
    file(ADDED.file),
    [
      "---",
      `title: "${ADDED_TITLE}"`,
      "date: 2026-12-02",
      "lang: ja",
      "---",
      "",
      `このノートはサーバーの起動後に追加されました。${ADDED_WORD} という語はここにしかありません。`,
      "",
      `- [ ] ${ADDED_WORD} の手順を確認する`,
      "",
    ].join("\n"),
  );

  await expect
    .poll(async () => (await request.get(`/notes/${ADDED.slug}`)).status(), REBUILT)
    .toBe(200);
  await page.goto(`/notes/${ADDED.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ADDED_TITLE);

  const options = await search(page, ADDED_WORD);
  await expect(options.filter({ hasText: ADDED_TITLE }).first()).toBeVisible();

  // The checklist page asks for the items of the current model, and gets them.
  await page.goto("/checklist");
  await expect(
    page.getByRole("checkbox", { name: `${ADDED_WORD} の手順を確認する`, exact: true }),
  ).toBeVisible();
  // So do the progress bars (they fetch the progress index once the reader has ticked something).
  const progress = (await (await request.get("/checklist-progress.json")).json()) as {
    items: Record<string, unknown>;
  };
  expect(Object.keys(progress.items)).toContain(`${ADDED.slug}--`);
  // The Atom feed is the current model's too: the new note is its newest entry.
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain(`<title>${ADDED_TITLE}</title>`);

  rmSync(file(ADDED.file));
  await expect
    .poll(async () => (await request.get(`/notes/${ADDED.slug}`)).status(), REBUILT)
    .toBe(404);
  const response = await page.goto(`/notes/${ADDED.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/not (be )?found/i);
  expect(await (await request.get("/feed.xml")).text()).not.toContain(ADDED_TITLE);
});
