import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { sanitizeCss, sanitizeStyleAttribute, sanitizeSvg } from "./svg";

const html = (el: Element | null) => (el ? toHtml(el, { space: "svg" }) : "");

describe("sanitizeSvg", () => {
  it("keeps drawing markup and renames every id under the prefix, references too", () => {
    const out = html(
      sanitizeSvg(
        '<svg id="m-0" viewBox="0 0 10 10" aria-labelledby="chart-title-m-0" role="graphics-document document"><title id="chart-title-m-0">構成図</title><style>#m-0 .node rect{fill:#ECECFF;stroke:#9370DB}#m-0 .label&gt;tspan{fill:#333}</style><defs><marker id="m-0_arrow"><path d="M0 0L10 5"/></marker></defs><path class="edge" marker-end="url(#m-0_arrow)" style="stroke-width: 2; stroke-dasharray: 1, 0;"/><g id="L_A_B_0"/><g id="L_A_B_0"/><use href="#m-0_arrow"/><text x="1" y="2" text-anchor="middle">利用者</text></svg>',
        "mermaid-abc-light",
      ),
    );
    expect(out).toBe(
      '<svg id="mermaid-abc-light" viewBox="0 0 10 10" aria-labelledby="mermaid-abc-light-chart-title-m-0" role="graphics-document document"><style>#mermaid-abc-light .node rect{fill:#ECECFF;stroke:#9370DB}#mermaid-abc-light .label>tspan{fill:#333}</style><title id="mermaid-abc-light-chart-title-m-0">構成図</title><defs><marker id="mermaid-abc-light-arrow"><path d="M0 0L10 5"></path></marker></defs><path class="edge" marker-end="url(#mermaid-abc-light-arrow)" style="stroke-width:2;stroke-dasharray:1, 0"></path><g id="mermaid-abc-light-L_A_B_0"></g><g></g><use href="#mermaid-abc-light-arrow"></use><text x="1" y="2" text-anchor="middle">利用者</text></svg>',
    );
  });

  it("removes scripts, event handlers, HTML in foreignObject and unsafe links", () => {
    const out = html(
      sanitizeSvg(
        '<svg id="m"><script>alert(1)</script><g onclick="alert(2)" onload="alert(3)"><text onmouseover="alert(4)">x</text></g><foreignObject><div><img src=x onerror=alert(5)></div></foreignObject><a xlink:href="javascript:alert(6)"><text>a</text></a><a href="https://example.com/"><text>b</text></a><use href="https://evil.example/s.svg#x"/><image href="https://evil.example/p.png"/><iframe src="https://evil.example"></iframe><animate attributeName="href" to="javascript:alert(7)"/><set attributeName="onclick" to="alert(8)"/></svg>',
        "d",
      ),
    );
    expect(out).toBe(
      '<svg id="d"><g><text>x</text></g><a><text>a</text></a><a href="https://example.com/"><text>b</text></a><use></use></svg>',
    );
  });

  it("returns null for text without an SVG", () => {
    expect(sanitizeSvg("<p>no</p>", "x")).toBeNull();
  });
});

describe("sanitizeCss", () => {
  it("keeps only rules scoped to the diagram, painting properties and its own keyframes", () => {
    expect(
      sanitizeCss(
        "#d .a{fill:red;position:fixed;top:0;z-index:9}body{display:none}#d, .x{fill:red}#dd .b{fill:red}@import url(https://e.example/a.css);@font-face{font-family:x;src:url(https://e.example/f.woff)}@keyframes dash{to{stroke-dashoffset:0}}@keyframes spin{to{opacity:0}}#d .c{background:url(https://e.example/t.png);fill:url(#d-grad)}#d .e{font-family:'</style><script>alert(1)</script>'}",
        "d",
      ),
    ).toBe("#d .a{fill:red}@keyframes dash{to{stroke-dashoffset:0}}#d .c{fill:url(#d-grad)}");
  });

  it("drops a stylesheet that does not parse", () => {
    expect(sanitizeCss("#d .a{fill:red", "d")).toBe("");
  });
});

describe("sanitizeStyleAttribute", () => {
  it.each([
    ["fill:#f9f !important;stroke:#333", "fill:#f9f !important;stroke:#333"],
    ["position:fixed;inset:0", null],
    ["fill:red} body{display:none", null],
    ["background-image:url(javascript:alert(1))", null],
    ["max-width: 547px;", "max-width:547px"],
    ["", null],
  ])("%j", (input, expected) => {
    expect(sanitizeStyleAttribute(input)).toBe(expected);
  });
});
