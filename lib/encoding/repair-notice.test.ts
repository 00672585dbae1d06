import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RepairNotice } from "@/components/RepairNotice";
import type { TextRepair } from "@/lib/content/types";

const mojibake: TextRepair = {
  kind: "mojibake",
  encoding: "windows-1254",
  repaired: 923,
  lowConfidence: [
    { offset: 10, length: 1 },
    { offset: 20, length: 1 },
  ],
  original: "ë°œí‘œìëŠ” <script>x</script>",
};

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

describe("RepairNotice", () => {
  it("states the code page and the figures, and shows the original on request", () => {
    const html = renderToStaticMarkup(createElement(RepairNotice, { repair: mojibake }));
    expect(text(html)).toContain(
      "Repaired from text decoded as Windows-1254; 923 characters reconstructed; 2 low-confidence (underlined).",
    );
    expect(html).toContain("<details");
    expect(html).toContain("<summary");
    expect(text(html)).toContain("View the original text");
    // The original is shown as text, never as HTML.
    expect(html).toContain("ë°œí‘œìëŠ” &lt;script&gt;x&lt;/script&gt;");
    expect(html).toMatch(/dark:/);
  });

  it("says which legacy encoding a file was decoded from, without an original to view", () => {
    const html = renderToStaticMarkup(
      createElement(RepairNotice, {
        repair: {
          kind: "legacy-encoding",
          encoding: "shift_jis",
          repaired: 0,
          lowConfidence: [],
          original: "",
        },
      }),
    );
    expect(text(html)).toBe("Decoded from Shift_JIS; the source file is not UTF-8.");
  });

  it("takes translated interface text", () => {
    const html = renderToStaticMarkup(
      createElement(RepairNotice, {
        repair: mojibake,
        uiText: {
          mojibake:
            "{encoding} として誤って読まれた文字を修復: {repaired} 文字、確信度の低いもの {low}",
        },
      }),
    );
    expect(text(html)).toContain(
      "Windows-1254 として誤って読まれた文字を修復: 923 文字、確信度の低いもの 2",
    );
  });
});
