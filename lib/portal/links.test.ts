import { describe, expect, it } from "vitest";
import { LANGS } from "@/lib/content/types";
import { linkCatalog } from "./links";
import { smallModel } from "./fixtures/small-model";

describe("linkCatalog", () => {
  const catalog = linkCatalog(smallModel, LANGS);
  const sections = catalog.areas.flatMap((a) =>
    a.sections.map((s) => [s.category.id, s.links.map((l) => l.url)] as const),
  );

  it("files every link under each subcategory it belongs to, in taxonomy order", () => {
    expect(sections).toEqual([
      [
        "capacity/design",
        ["https://example.com/zh-hant-weekly/1", "https://example.com/ko-memo/1"],
      ],
      ["capacity/testing", ["https://example.com/ja-log/1"]],
      ["backup-restore", ["https://example.com/ko-memo/1"]],
    ]);
  });

  it("lists links filed nowhere as unclassified, and counts every link once", () => {
    expect(catalog.unclassified.map((l) => l.url)).toEqual(["https://example.com/ja-log/2"]);
    expect(catalog.total).toBe(4);
  });

  it("offers the languages links are written in (ja, zh-Hant, ko; no zh-Hans or en link)", () => {
    expect(catalog.langs).toEqual(["ja", "zh-Hant", "ko"]);
  });

  it("keeps the text around a link and where it sits", () => {
    const link = catalog.areas[0]?.sections[0]?.links[0];
    expect(link).toMatchObject({
      domain: "example.com",
      context: "context 1",
      lang: "zh-Hant",
      noteTitle: "zh-hant-weekly",
      at: "/notes/zh-hant-weekly",
    });
  });
});
