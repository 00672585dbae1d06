import { describe, expect, it } from "vitest";
import { renderInline } from "./render-inline";

describe("renderInline", () => {
  it.each([
    ["plain Japanese", "readOnlyRootFilesystemをtrueにしておく", "readOnlyRootFilesystemをtrueにしておく"],
    [
      "link with Chinese text",
      "[監控告警](https://example.com/a)，很重要",
      '<a href="https://example.com/a">監控告警</a>，很重要',
    ],
    ["Korean emphasis and code", "**리소스** `limits` 설정", "<strong>리소스</strong> <code>limits</code> 설정"],
    ["raw HTML is dropped", 'Velero <img src=x onerror="alert(1)">', "Velero"],
    ["script link is not kept", "[x](javascript:alert(1))", "<a>x</a>"],
    ["simplified Chinese autolink", "参考 https://k8s.io", '参考 <a href="https://k8s.io">https://k8s.io</a>'],
  ])("%s", (_case, markdown, html) => {
    expect(renderInline(markdown)).toBe(html);
  });

  it("rewrites note-local fragments with the given resolver", () => {
    const html = renderInline("[アンチパターン](#Kubernetesアンチパターン)", {
      resolveHref: (href) => (href.startsWith("#") ? `/notes/k8s/chapter-1${href}` : href),
    });
    expect(html).toBe('<a href="/notes/k8s/chapter-1#Kubernetesアンチパターン">アンチパターン</a>');
  });
});
