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

const unescape = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/** The text a reader with UI language `locale` sees: the `<T>` spans of that language only. */
const text = (html: string, locale = "en") =>
  unescape(
    html
      .replace(new RegExp(`<span data-l="${locale}"[^>]*>([^<]*)</span>`, "g"), "$1")
      .replace(/<span data-l="[^"]+"[^>]*>[^<]*<\/span>/g, ""),
  );

describe("RepairNotice", () => {
  it("states the code page and the figures, and shows the original on request", () => {
    const html = renderToStaticMarkup(createElement(RepairNotice, { repair: mojibake, note: "n" }));
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

  it("is one short line with the figures behind Details, dismissable once per note", () => {
    const html = renderToStaticMarkup(
      createElement(RepairNotice, { repair: mojibake, note: "notes/ko" }),
    );
    const summary = text(/<summary[^>]*>(.*?)<\/summary>/s.exec(html)![1]!);
    expect(summary).toBe("Text repaired from garbled characters. Details");
    expect(html).toContain('data-dismiss-key="repair:notes/ko"');
    expect(html).toContain("data-dismiss=");
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
        note: "n",
      }),
    );
    expect(text(html)).toContain("Text decoded from Shift_JIS.");
    expect(text(html)).toContain("Decoded from Shift_JIS; the source file is not UTF-8.");
    expect(text(html)).not.toContain("View the original text");
  });

  it.each([
    [
      "ko",
      "Windows-1254(으)로 잘못 디코딩된 텍스트를 복구했습니다. 재구성한 문자 923자, 신뢰도가 낮은 부분 2곳(밑줄 표시).",
      "원본 텍스트 보기",
    ],
    [
      "ja",
      "Windows-1254 として誤ってデコードされたテキストを修復しました。復元した文字 923 字、確度の低い箇所 2 か所（下線付き）。",
      "元のテキストを表示",
    ],
  ])("is written in the reader's UI language (%s)", (locale, notice, view) => {
    const html = renderToStaticMarkup(createElement(RepairNotice, { repair: mojibake, note: "n" }));
    expect(text(html, locale)).toContain(notice);
    expect(text(html, locale)).toContain(view);
    expect(html).toContain(`data-i18n-aria-label-${locale}=`);
  });

  it("uses the singular for one reconstructed character in English", () => {
    const html = renderToStaticMarkup(
      createElement(RepairNotice, {
        repair: { ...mojibake, repaired: 1, lowConfidence: [] },
        note: "n",
      }),
    );
    expect(text(html)).toContain("; 1 character reconstructed; 0 low-confidence");
  });
});
