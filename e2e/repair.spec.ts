import { expect, test } from "@playwright/test";

test("seed 004 reads as Korean with a notice about the repair", async ({ page }) => {
  await page.goto("/notes/keep-learning-k8s");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // One short line; the figures are behind "Details".
  const notice = page.locator("[data-repair-notice]");
  await expect(notice.locator("summary").first()).toHaveText(
    "Text repaired from garbled characters. Details",
    { useInnerText: true },
  );
  await notice.locator("summary").first().click();
  await expect(
    page.getByText(/Repaired from text decoded as Windows-1254; 923 characters reconstructed/),
  ).toBeVisible();

  await page.goto(
    "/notes/keep-learning-k8s/kubecon-2019-doing-things-prometheus-cant-do-with-prometheus",
  );
  await expect(page.locator("article[data-note-body]")).toContainText(
    "발표자는 400 prometheus server를 운영",
  );
  await expect(page.locator("article[data-note-body]")).not.toContainText("ë°œí‘œ");
  await page.locator("[data-repair-notice] summary").first().click();
  await expect(page.getByText(/Repaired from text decoded as Windows-1254/)).toBeVisible();
  // The original text is one click away.
  await page.getByText("View the original text").click();
  await expect(page.getByText(/ë°œí‘œì/).first()).toBeVisible();
});

test("with the UI in Korean the repair notice is Korean, and the title keeps the note's own", async ({
  page,
}) => {
  await page.goto("/notes/keep-learning-k8s");
  const title = await page.title();
  expect(title).toMatch(/ · Shiori$/);
  const noteTitle = title.replace(/ · Shiori$/, "");
  await page.getByRole("combobox", { name: "Interface language" }).selectOption("ko");
  const notice = page.getByRole("note").filter({ hasText: "Windows-1254" });
  await expect(notice.locator("summary").first()).toHaveText(
    "깨진 글자를 복구한 텍스트입니다. 자세히",
    {
      useInnerText: true,
    },
  );
  await notice.locator("summary").first().click();
  await expect(notice.locator("p").first()).toHaveText(
    /^Windows-1254\(으\)로 잘못 디코딩된 텍스트를 복구했습니다\. 재구성한 문자 923자, 신뢰도가 낮은 부분 \d+곳\(밑줄 표시\)\.$/,
    { useInnerText: true },
  );
  await expect(page).toHaveTitle(`${noteTitle} | Shiori`);

  await page.goto(
    "/notes/keep-learning-k8s/kubecon-2019-doing-things-prometheus-cant-do-with-prometheus",
  );
  await page.locator("[data-repair-notice] summary").first().click();
  await expect(
    page.getByText(/^Windows-1254\(으\)로 잘못 디코딩된 텍스트를 복구했습니다/),
  ).toBeVisible();
  await expect(page.getByText(/Repaired from text decoded/)).toBeHidden();
  await expect(page).toHaveTitle(/ \| Shiori$/);
  await page.getByText("원본 텍스트 보기").click();
  await expect(page.locator("pre[data-i18n-aria-label='repair.originalLabel']")).toHaveAttribute(
    "aria-label",
    "파일에 저장된 그대로의 텍스트",
  );
  await expect(page.getByText(/ë°œí‘œì/).first()).toBeVisible();
});
