import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { ContentModel } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";

/**
 * Markdown that SRE notes use (issue 15), on the fixture note test/fixtures/e2e-notes/markdown-features.md:
 * callouts, KaTeX math, a Mermaid diagram and highlighted code lines are shown as a reader sees
 * them, in the light and the dark theme, with no Mermaid or KaTeX script on the page, no errors,
 * and no axe violations.
 */

const model = JSON.parse(
  readFileSync(
    path.join(process.env.SHIORI_E2E_GENERATED ?? ".build/e2e/generated", "content.json"),
    "utf8",
  ),
) as ContentModel;
const note = model.notes.find((n) => n.path.endsWith("e2e/markdown-features.md"));
const url = note ? notePageUrl(note.slug) : "/notes/e2e/markdown-features";

/** Code that only the Mermaid or KaTeX library itself contains (the page's HTML names their classes). */
const LIBRARY_CODE = ["mermaidAPI", "__defineMacro", "__renderToDomTree"];

/** Visits the page, recording errors and every script it loads. */
async function visit(page: Page) {
  const errors: string[] = [];
  const scripts: { url: string; body: string }[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("response", async (r) => {
    if (r.request().resourceType() !== "script") return;
    scripts.push({ url: r.url(), body: await r.text().catch(() => "") });
  });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState("networkidle");
  return { errors, scripts };
}

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("callouts, math, a diagram and code lines render, with no diagram or math script", async ({
      page,
    }) => {
      const { errors, scripts } = await visit(page);
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
      const body = page.locator("[data-note-body]");

      // Callouts: five GitHub alerts and six directive containers, each with its title.
      const callouts = body.locator(".callout[role=note]");
      await expect(callouts).toHaveCount(11);
      expect(
        await callouts.evaluateAll((els) => els.map((e) => e.getAttribute("data-callout"))),
      ).toEqual([
        "note",
        "tip",
        "important",
        "warning",
        "caution",
        "tip",
        "note",
        "warning",
        "danger",
        "info",
        "caution",
      ]);
      await expect(callouts.nth(0).locator(".callout-title")).toHaveText("Note");
      await expect(callouts.nth(5).locator(".callout-title")).toHaveText("드레인 전에");
      await expect(callouts.nth(7).locator(".callout-title")).toHaveText("容量に注意");
      await expect(callouts.nth(7)).toContainText("ピーク時の CPU 使用率は 70% 以下に保つ。");
      // Each kind has its own colour (the left border), not the quote style.
      const borders = await callouts.evaluateAll((els) =>
        els.slice(0, 5).map((e) => getComputedStyle(e).borderInlineStartColor),
      );
      expect(new Set(borders).size).toBe(5);
      await expect(body.getByText("[!NOTE]")).toHaveCount(0);
      await expect(body.getByText(":::tip")).toHaveCount(0);

      // Math: KaTeX output, laid out by its stylesheet; prices stay text; a bad formula shows its source.
      await expect(body.locator(".katex")).toHaveCount(2);
      await expect(body.locator(".katex-display")).toBeVisible();
      await expect(body.locator(".katex-display .katex-html")).toContainText("error budget");
      expect(
        await body
          .locator(".katex-html")
          .first()
          .evaluate((e) => getComputedStyle(e).display),
      ).not.toBe("none");
      await expect(body.locator("math").first()).toBeAttached();
      await expect(
        body.getByText("価格は $5 から $10 まで、月額 US$20 のプランもあります。", {
          exact: false,
        }),
      ).toBeVisible();
      await expect(body.locator("code.math-error")).toHaveText("\\frac{1}{");
      const fonts = await page.evaluate(
        () =>
          [...document.fonts].filter((f) => f.family.includes("KaTeX") && f.status === "loaded")
            .length,
      );
      expect(fonts).toBeGreaterThan(0);

      // Mermaid: the drawing for this theme is shown as SVG with the note's labels; the other is hidden.
      const figure = body.locator("figure.mermaid-diagram");
      await expect(figure).toHaveCount(1);
      const shown = figure.locator(scheme === "dark" ? ".mermaid-dark svg" : ".mermaid-light svg");
      const hidden = figure.locator(scheme === "dark" ? ".mermaid-light svg" : ".mermaid-dark svg");
      await expect(shown).toBeVisible();
      await expect(hidden).toBeHidden();
      await expect(shown.getByText("利用者")).toBeVisible();
      await expect(shown.getByText("Ingress")).toBeVisible();
      const box = await shown.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(50);
      // The diagram's own CSS applies (its nodes are filled), so the CSP did not block its style.
      const fill = await shown
        .locator(".node rect")
        .first()
        .evaluate((e) => getComputedStyle(e).fill);
      expect(fill).not.toBe("rgb(0, 0, 0)");
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll("[id]")].map((e) => e.id),
      );
      expect(ids.length).toBe(new Set(ids).size);

      // Code lines: the highlighted lines and line numbers; the Qiita file name is kept.
      const yaml = body.locator("figure.code-block").filter({ hasText: "deployment.yaml" });
      await expect(yaml.locator(".code-file")).toHaveText("deployment.yaml");
      await expect(yaml.locator(".line.highlighted")).toHaveText([
        "kind: Deployment",
        "  name: demo",
        "  namespace: demo",
      ]);
      expect(
        await yaml
          .locator(".line")
          .first()
          .evaluate((e) => getComputedStyle(e, "::before").content),
      ).toBe("counter(line)");
      await expect(body.locator("figure.code-block[data-lang=ts] .line.highlighted")).toHaveText(
        "const allowed = budget * requests;",
      );

      // No Mermaid or KaTeX code reaches the browser, and nothing went wrong.
      const inline = await page.evaluate(() =>
        [...document.scripts].map((s) => ({
          url: s.src,
          body: s.src ? "" : (s.textContent ?? ""),
        })),
      );
      for (const s of [...inline, ...scripts]) {
        expect(s.url).not.toMatch(/mermaid|katex/i);
        for (const code of LIBRARY_CODE)
          expect(s.body.includes(code), `${code} in ${s.url || "an inline script"}`).toBe(false);
      }
      expect(errors).toEqual([]);
    });

    test("no axe violations", async ({ page }) => {
      await visit(page);
      await expect(page.locator("figure.mermaid-diagram")).toHaveCount(1);
      expect(await violations(page)).toEqual([]);
    });
  });
}
