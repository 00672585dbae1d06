import { describe, expect, it } from "vitest";
import {
  RECENT_SEARCHES_KEY,
  addRecentSearch,
  clearRecentSearches,
  parseRecentSearches,
  readRecentSearches,
  rememberSearch,
} from "./recent-searches";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    storage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    },
  };
}

describe("parseRecentSearches", () => {
  it.each<[string, string | null, string[]]>([
    ["nothing stored", null, []],
    ["not JSON", "{oops", []],
    ["JSON but not a list", '{"q":"etcd"}', []],
    ["a string", '"etcd"', []],
    ["null", "null", []],
    ["a list of queries", '["障害","监控","백업","etcd"]', ["障害", "监控", "백업", "etcd"]],
    ["other values in the list are skipped", '["障害",3,null,{"q":1},"백업"]', ["障害", "백업"]],
    ["empty and blank entries are skipped", '["", "   ", "監控"]', ["監控"]],
    ["whitespace is tidied", '["  rolling   update "]', ["rolling update"]],
    [
      "duplicates (case, width) keep the first",
      '["ETCD","etcd","ｅｔｃｄ","監控"]',
      ["ETCD", "監控"],
    ],
    ["over-long entries are skipped", JSON.stringify(["x".repeat(201), "障害"]), ["障害"]],
    ["at most five", '["a","b","c","d","e","f","g"]', ["a", "b", "c", "d", "e"]],
  ])("%s", (_, raw, expected) => {
    expect(parseRecentSearches(raw)).toEqual(expected);
  });
});

describe("addRecentSearch", () => {
  it.each<[string, string[], string, string[]]>([
    ["first search", [], "障害対応", ["障害対応"]],
    ["newest first", ["监控"], "백업", ["백업", "监控"]],
    ["a repeat moves up, not twice", ["监控", "백업", "etcd"], "etcd", ["etcd", "监控", "백업"]],
    ["a repeat in another case moves up as typed", ["Kubernetes"], "kubernetes", ["kubernetes"]],
    ["full-width is the same query", ["etcd"], "ｅｔｃｄ", ["ｅｔｃｄ"]],
    ["a blank query changes nothing", ["監控"], "   ", ["監控"]],
    ["the oldest falls off", ["b", "c", "d", "e", "f"], "a", ["a", "b", "c", "d", "e"]],
  ])("%s", (_, list, query, expected) => {
    expect(addRecentSearch(list, query)).toEqual(expected);
  });
});

describe("stored recent searches", () => {
  it("remembers, reads back and clears", () => {
    const { data, storage } = memoryStorage();
    expect(rememberSearch(() => storage, "障害")).toEqual(["障害"]);
    expect(rememberSearch(() => storage, "백업")).toEqual(["백업", "障害"]);
    expect(JSON.parse(data.get(RECENT_SEARCHES_KEY)!)).toEqual(["백업", "障害"]);
    expect(readRecentSearches(() => storage)).toEqual(["백업", "障害"]);
    clearRecentSearches(() => storage);
    expect(data.has(RECENT_SEARCHES_KEY)).toBe(false);
    expect(readRecentSearches(() => storage)).toEqual([]);
  });

  it("replaces garbage in storage with a clean list", () => {
    const { data, storage } = memoryStorage({ [RECENT_SEARCHES_KEY]: "[[[" });
    expect(readRecentSearches(() => storage)).toEqual([]);
    expect(rememberSearch(() => storage, "监控")).toEqual(["监控"]);
    expect(data.get(RECENT_SEARCHES_KEY)).toBe('["监控"]');
  });

  it("storage that throws reads as empty and never throws", () => {
    const blocked = () => {
      throw new DOMException("blocked", "SecurityError");
    };
    expect(readRecentSearches(blocked)).toEqual([]);
    expect(rememberSearch(blocked, "etcd")).toEqual(["etcd"]);
    expect(() => clearRecentSearches(blocked)).not.toThrow();
  });
});
