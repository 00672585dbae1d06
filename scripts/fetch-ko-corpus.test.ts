import { describe, expect, it } from "vitest";
import { helpPageText } from "./fetch-ko-corpus";

describe("helpPageText", () => {
  it("keeps the lines of a help page that hold Hangul, one per block, whitespace collapsed", () => {
    const html = `<!DOCTYPE html><html><head><title>도움말</title><script>var x = "스크립트";</script>
      <style>p { color: red }</style></head><body>
      <h1>자주 사용하는   버튼</h1>
      <p>취소를 <b>클릭</b>하면
         변경 사항을 저장하지 않고 대화 상자가 닫힙니다.</p>
      <p>Press F1</p><ul><li>마침</li><li>OK</li></ul></body></html>`;
    expect(helpPageText(html)).toBe(
      "자주 사용하는 버튼\n취소를 클릭하면 변경 사항을 저장하지 않고 대화 상자가 닫힙니다.\n마침\n",
    );
  });

  it("gives nothing for a page without Korean text", () => {
    expect(helpPageText("<html><body><p>Untranslated page</p></body></html>")).toBe("");
  });
});
