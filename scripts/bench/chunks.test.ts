import { SourceMapGenerator } from "source-map-js";
import { describe, expect, it } from "vitest";
import {
  attributeChunk,
  groupOf,
  NO_SOURCE_MAP,
  normalizeSource,
  UNMAPPED,
  type RawMap,
} from "./chunks";

/**
 * A hand-made minified chunk. Columns are UTF-16 positions, byte counts UTF-8:
 *   line 1  `/*x*\/` before the first segment, then a.ts: `var a="é";` (é is 2 bytes) + \n
 *   line 2  b.ts: `b("日本")` (3 bytes a character), then a segment without a source: `;c()` + \n
 *   line 3  b.ts: `x=`; c.json (no segment, found by its value): `JSON.parse('…')`; then unmapped
 *           `,` up to a.ts: `y=1` + \n
 *   line 4  a.ts: `z="😀"` (a surrogate pair, 4 bytes); a segment past the end covers nothing
 */
const CODE = [
  '/*x*/var a="é";',
  'b("日本");c()',
  'x=JSON.parse(\'{"k":"v\\\'s"}\'),y=1',
  'z="😀"',
].join("\n");
const JSON_SOURCE = '{ "k": "v\'s" }\n';

function fixtureMap(jsonContent = JSON_SOURCE): RawMap {
  const gen = new SourceMapGenerator({ file: "chunk.js" });
  const map = (line: number, column: number, source?: string) =>
    gen.addMapping({
      generated: { line, column },
      ...(source ? { source, original: { line: 1, column: 0 } } : {}),
    });
  map(1, 5, "turbopack:///[project]/lib/a.ts");
  map(2, 0, "turbopack:///[project]/lib/b.ts");
  map(2, 7);
  map(3, 0, "turbopack:///[project]/lib/b.ts");
  map(3, 29, "turbopack:///[project]/lib/a.ts");
  map(4, 0, "turbopack:///[project]/lib/a.ts");
  map(4, 99, "turbopack:///[project]/lib/b.ts");
  const raw = gen.toJSON();
  // Listed with its content but without any segment, as Turbopack does for inlined JSON modules.
  raw.sources.push("turbopack:///[project]/lib/c.json", "turbopack:///[project]/lib/d.ts");
  raw.sourcesContent = raw.sources.map((s) => (s.endsWith(".json") ? jsonContent : "export {};"));
  return raw;
}

const bytesOf = (a: ReturnType<typeof attributeChunk>) =>
  Object.fromEntries([...a.bySource].map(([source, share]) => [source, share.bytes]));

describe("attributeChunk", () => {
  it("gives every byte to the source of the segment covering it", () => {
    const result = attributeChunk(CODE, fixtureMap());
    expect(bytesOf(result)).toEqual({
      [UNMAPPED]: 5 + 5 + 1,
      "turbopack:///[project]/lib/a.ts": 12 + 4 + 8,
      "turbopack:///[project]/lib/b.ts": 11 + 2,
      "turbopack:///[project]/lib/c.json": 26,
    });
    expect(Buffer.byteLength(CODE, "utf8")).toBe(74);
    expect(result.bySource.get("turbopack:///[project]/lib/c.json")!.text).toBe(
      'JSON.parse(\'{"k":"v\\\'s"}\')',
    );
    expect(result.bySource.get(UNMAPPED)!.text).toBe("/*x*/;c()\n,");
    expect(result.sourcesWithoutSegments).toEqual(["turbopack:///[project]/lib/d.ts"]);
  });

  it("leaves a JSON.parse call to its neighbour when no JSON source has its value", () => {
    const result = attributeChunk(CODE, fixtureMap('{"k":"other"}'));
    expect(bytesOf(result)).toEqual({
      [UNMAPPED]: 5 + 5,
      "turbopack:///[project]/lib/a.ts": 12 + 4 + 8,
      "turbopack:///[project]/lib/b.ts": 11 + 2 + 26 + 1,
    });
    expect(result.sourcesWithoutSegments).toEqual([
      "turbopack:///[project]/lib/c.json",
      "turbopack:///[project]/lib/d.ts",
    ]);
  });

  it("reads escapes in an inlined JSON string", () => {
    const gen = new SourceMapGenerator();
    gen.addMapping({
      generated: { line: 1, column: 0 },
      source: "m.ts",
      original: { line: 1, column: 0 },
    });
    const raw = gen.toJSON();
    raw.sources.push("m.json");
    raw.sourcesContent = ["export {};", '{"a": "日\\n"}'];
    // `m=` (2 bytes) to m.ts; the rest, the call (35 bytes, all ASCII), to m.json.
    const code = 'm=JSON.parse("{\\"a\\":\\"\\u65e5\\\\n\\"}")';
    expect(bytesOf(attributeChunk(code, raw))).toEqual({ "m.ts": 2, "m.json": 35 });
  });

  it("reads an index map (sections)", () => {
    // Section b starts at column 4 of line 1; its own line 2 is the chunk's line 2, from column 0.
    const section = (source: string, lines: number) => {
      const gen = new SourceMapGenerator();
      for (let line = 1; line <= lines; line++)
        gen.addMapping({ generated: { line, column: 0 }, source, original: { line, column: 0 } });
      return gen.toJSON();
    };
    const map: RawMap = {
      version: 3,
      sections: [
        { offset: { line: 0, column: 0 }, map: section("a.js", 1) },
        { offset: { line: 0, column: 4 }, map: section("b.js", 2) },
      ],
    };
    // "aaaé" is 5 bytes; "bb\n" 3 and "c" 1.
    expect(bytesOf(attributeChunk("aaaébb\nc", map))).toEqual({ "a.js": 5, "b.js": 3 + 1 });
  });

  it("counts a chunk without a source map as a whole", () => {
    expect(bytesOf(attributeChunk("é\n", null))).toEqual({ [NO_SOURCE_MAP]: 3 });
  });
});

describe("normalizeSource and groupOf", () => {
  const cases: [string, string, string, string][] = [
    [
      "turbopack:///[project]/.build/bench/firstload-project/lib/i18n/dom.ts",
      "lib/i18n/dom.ts",
      "lib/i18n",
      "ours",
    ],
    [
      "turbopack:///[project]/.build/bench/firstload-project/lib/i18n/messages/ja.json.[json].cjs/turbopack:/.build/bench/firstload-project/lib/i18n/messages/ja.json",
      "lib/i18n/messages/ja.json",
      "lib/i18n/messages/*.json",
      "ours",
    ],
    [
      "turbopack:///[project]/node_modules/next/dist/compiled/react-dom/cjs/react-dom-client.production.js",
      "node_modules/next/dist/compiled/react-dom/cjs/react-dom-client.production.js",
      "react-dom",
      "framework",
    ],
    [
      "turbopack:///[project]/node_modules/next/src/shared/lib/router/utils.ts",
      "node_modules/next/src/shared/lib/router/utils.ts",
      "next/shared",
      "framework",
    ],
    [
      "turbopack:///[turbopack]/browser/runtime/base/runtime-base.ts",
      "[turbopack]/browser/runtime/base/runtime-base.ts",
      "turbopack runtime",
      "framework",
    ],
    [
      "turbopack:///[project]/node_modules/.pnpm/zod@4.0.0/node_modules/zod/v4/core/core.js",
      "node_modules/zod/v4/core/core.js",
      "zod",
      "ours",
    ],
    [
      "turbopack:///[project]/components/ThemeToggle.tsx",
      "components/ThemeToggle.tsx",
      "components/* (top-level files)",
      "ours",
    ],
  ];
  it.each(cases)("%s", (raw, normalized, group, kind) => {
    expect(normalizeSource(raw, [".build/bench/firstload-project"])).toBe(normalized);
    expect(groupOf(normalized)).toEqual({ group, kind });
  });
  it("strips the folder of a bench project copy without being told", () => {
    expect(
      normalizeSource("turbopack:///[project]/.build/bench/project-100/app/(site)/page.tsx"),
    ).toBe("app/(site)/page.tsx");
    expect(groupOf("app/(site)/page.tsx").group).toBe("app/(site)");
  });
});
