import { describe, expect, it } from "vitest";
import { finishNoteHtml } from "./note-html";

describe("finishNoteHtml", () => {
  it("re-levels headings and keeps ids, anchors and text (ja, zh-Hant, zh-Hans, ko, en)", () => {
    const html =
      '<h2 id="kubecon-2019">KubeCon 2019<a class="heading-anchor" href="#kubecon-2019">#</a></h2>' +
      '<p>運用のメモ</p><h4 id="監控">監控與告警</h4><h4 id="监控">监控与告警</h4><h3 id="운영">운영</h3>' +
      "<pre><code>&lt;h2&gt;not a heading&lt;/h2&gt;</code></pre>";
    expect(finishNoteHtml(html, { headingBase: 1 }).html).toBe(
      '<h1 id="kubecon-2019">KubeCon 2019<a class="heading-anchor" href="#kubecon-2019">#</a></h1>' +
        '<p>運用のメモ</p><h2 id="監控">監控與告警</h2><h2 id="监控">监控与告警</h2><h2 id="운영">운영</h2>' +
        "<pre><code>&#x3C;h2>not a heading&#x3C;/h2></code></pre>",
    );
  });

  it.each([
    // 001's legend: a task box that is not a checklist item gets its list item's text
    [
      '<li><input type="checkbox" disabled> : は本番環境ではチェックしておいた方がいいもの</li>',
      ": は本番環境ではチェックしておいた方がいいもの",
    ],
    [
      '<li class="task-list-item"><input type="checkbox" disabled> 監控 <em>告警</em></li>',
      "監控 告警",
    ],
    ['<li><p><input type="checkbox" disabled> 监控告警</p></li>', "监控告警"],
    ['<li><input type="checkbox" disabled> 백업   확인</li>', "백업 확인"],
    ['<li><input type="checkbox" disabled> Check backups</li>', "Check backups"],
  ])("labels the unnamed checkbox in %s", (html, label) => {
    const out = finishNoteHtml(`<ul>${html}</ul>`, { headingBase: 1 }).html;
    expect(out).toContain(`aria-label="${label}"`);
  });

  it("keeps the label a checklist item already has", () => {
    const html =
      '<ul><li id="task-x"><input type="checkbox" data-task-id="x" aria-label="バックアップ確認" disabled> バックアップ確認（手順書）</li></ul>';
    expect(finishNoteHtml(html, { headingBase: 1 }).html).toContain(
      'aria-label="バックアップ確認"',
    );
    expect(finishNoteHtml(html, { headingBase: 1 }).html).not.toContain('手順書）"');
  });

  it("drops an opening heading that repeats the page title and hands back its id", () => {
    const html =
      '<h1 id="keep-learning">Keep learning #2 : k8s<a class="heading-anchor" href="#keep-learning">#</a></h1><p>text</p><h2 id="history">History</h2>';
    const out = finishNoteHtml(html, { headingBase: 2, title: "Keep learning #2 : k8s" });
    expect(out.titleId).toBe("keep-learning");
    expect(out.html).not.toContain("Keep learning");
    expect(out.html).toContain('<h2 id="history">History</h2>');
  });

  it("keeps an opening heading that says something else than the title", () => {
    const html = '<h1 id="intro">はじめに</h1><p>本文</p>';
    const out = finishNoteHtml(html, { headingBase: 2, title: "運用ノート" });
    expect(out.titleId).toBeNull();
    expect(out.html).toContain("はじめに");
  });
});
