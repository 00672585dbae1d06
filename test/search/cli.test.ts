import { afterEach, describe, expect, it, vi } from "vitest";
import { parseSearchArgs, searchCommand } from "@/bin/commands/search";

const SEEDS = "test/fixtures/seeds";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(console, "log").mockImplementation(
    (...a: unknown[]) => void out.push(`${a.join(" ")}\n`),
  );
  vi.spyOn(console, "error").mockImplementation(
    (...a: unknown[]) => void err.push(`${a.join(" ")}\n`),
  );
  return { out: () => out.join(""), err: () => err.join("") };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("parseSearchArgs", () => {
  it.each([
    [
      ["障害"],
      { query: "障害", json: false, limit: 10, langs: [], categories: [], contentDir: "content" },
    ],
    [
      ["监控", "--json", "--limit", "3", "notes"],
      { query: "监控", json: true, limit: 3, langs: [], categories: [], contentDir: "notes" },
    ],
    [
      ["백업", "--lang", "ko", "--category", "backup-restore"],
      {
        query: "백업",
        json: false,
        limit: 10,
        langs: ["ko"],
        categories: ["backup-restore"],
        contentDir: "content",
      },
    ],
  ])("%j", (args, expected) => {
    expect(parseSearchArgs(args)).toEqual(expected);
  });

  it.each([
    [["--limit", "0", "x"], '--limit takes a positive whole number, not "0".'],
    [["x", "--lang", "fr"], '--lang takes one of ja, zh-Hant, zh-Hans, ko, en, not "fr".'],
    [["x", "--category"], "--category needs a value."],
    [[], 'give a query, e.g. npm run shiori -- search "障害".'],
    [
      ["a", "b", "c"],
      "expected a query and at most one content folder, got 3 arguments; quote a query that has spaces.",
    ],
    [["x", "--fast"], "unknown option --fast."],
  ])("%j → error", (args, error) => {
    expect(parseSearchArgs(args)).toEqual({ error });
  });
});

describe("searchCommand", () => {
  it("prints the documented JSON in rank order", async () => {
    const io = capture();
    const code = await searchCommand(["耐障害性", "--json", "--limit", "2", SEEDS]);
    expect(code).toBe(0);
    const json = JSON.parse(io.out()) as { query: string; results: Record<string, unknown>[] };
    expect(json.query).toBe("耐障害性");
    expect(json.results).toHaveLength(2);
    expect(Object.keys(json.results[0]!).sort()).toEqual([
      "chapter",
      "exact",
      "heading",
      "lang",
      "near",
      "note",
      "snippet",
      "title",
      "url",
    ]);
    // Headings that hold the word rank first; among them, the one with the word itself most often
    // (bigrams of other words, such as 障害 in 障害テスト, do not count).
    expect(json.results[0]).toMatchObject({
      note: "k8s-design-link-index",
      heading: "2.耐障害性",
      exact: true,
      lang: "ja",
    });
  });

  it("says when it shows the results of a corrected spelling", async () => {
    const io = capture();
    expect(await searchCommand(["prometeus", SEEDS])).toBe(0);
    expect(io.out()).toContain('No sections match "prometeus". Showing results for "prometheus".');
    const json = capture();
    expect(await searchCommand(["prometeus", "--json", SEEDS])).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ query: "prometeus", corrected: "prometheus" });
  });

  it("filters by language and says how to widen an empty search", async () => {
    const io = capture();
    expect(await searchCommand(["监控", "--lang", "ja", SEEDS])).toBe(1);
    expect(io.out()).toContain('No sections match "监控". Try fewer characters or fewer words');
  });

  it("reports a missing content folder with a fix", async () => {
    const io = capture();
    expect(await searchCommand(["x", "test/fixtures/no-such-folder"])).toBe(2);
    expect(io.err()).toMatch(
      /the content folder .*no-such-folder does not exist\. Pass the folder that holds your notes/,
    );
  });
});
