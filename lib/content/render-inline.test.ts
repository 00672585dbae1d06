import { describe, expect, it } from "vitest";
import { renderInline } from "./render-inline";

describe("renderInline", () => {
  it.each([
    [
      "plain Japanese",
      "readOnlyRootFilesystemをtrueにしておく",
      "readOnlyRootFilesystemをtrueにしておく",
    ],
    [
      "link with Chinese text",
      "[監控告警](https://example.com/a)，很重要",
      '<a href="https://example.com/a">監控告警</a>，很重要',
    ],
    [
      "Korean emphasis and code",
      "**리소스** `limits` 설정",
      "<strong>리소스</strong> <code>limits</code> 설정",
    ],
    ["raw HTML is dropped", 'Velero <img src=x onerror="alert(1)">', "Velero"],
    ["script link is not kept", "[x](javascript:alert(1))", "<a>x</a>"],
    [
      "simplified Chinese autolink",
      "参考 https://k8s.io",
      '参考 <a href="https://k8s.io">https://k8s.io</a>',
    ],
  ])("%s", (_case, markdown, html) => {
    expect(renderInline(markdown)).toBe(html);
  });

  it("rewrites note-local fragments with the given resolver", () => {
    const html = renderInline("[アンチパターン](#Kubernetesアンチパターン)", {
      resolveHref: (href) => (href.startsWith("#") ? `/notes/k8s/chapter-1${href}` : href),
    });
    expect(html).toBe('<a href="/notes/k8s/chapter-1#Kubernetesアンチパターン">アンチパターン</a>');
  });

  it("points links to other notes at their pages, and shows a broken one as text", () => {
    const ref = (url: string, href: string | null, kind: "link" | "wiki" = "link") => ({
      kind,
      url,
      text: "",
      line: 1,
      chapter: null,
      href,
      target: null,
    });
    const note = {
      refs: [
        ref("../../appendices/appendix-a/", "/notes/appendices/appendix-a"),
        ref("../chapter09/", null),
        ref("障害対応#エスカレーション", "/notes/vault/x#エスカレーション", "wiki"),
      ],
    };
    expect(
      renderInline("スナップショット（[付録A](../../appendices/appendix-a/)）", { note }),
    ).toBe('スナップショット（<a href="/notes/appendices/appendix-a">付録A</a>）');
    expect(renderInline("[第9章](../chapter09/) を見る", { note })).toBe(
      '<span class="broken-link">第9章</span> を見る',
    );
    expect(renderInline("[[障害対応#エスカレーション|手順]]", { note })).toBe(
      `<a href="/notes/vault/x#${encodeURIComponent("エスカレーション")}">手順</a>`,
    );
  });
});
