import { expect, test } from "@playwright/test";

test("seed 004 reads as Korean with a notice about the repair", async ({ page }) => {
  await page.goto("/notes/keep-learning-k8s");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByText(/Repaired from text decoded as Windows-1254; 923 characters reconstructed/)).toBeVisible();

  await page.goto("/notes/keep-learning-k8s/kubecon-2019-doing-things-prometheus-cant-do-with-prometheus");
  await expect(page.locator("article[data-note-body]")).toContainText("발표자는 400 prometheus server를 운영");
  await expect(page.locator("article[data-note-body]")).not.toContainText("ë°œí‘œ");
  await expect(page.getByText(/Repaired from text decoded as Windows-1254/)).toBeVisible();
  // The original text is one click away.
  await page.getByText("View the original text").click();
  await expect(page.getByText(/ë°œí‘œì/).first()).toBeVisible();
});
