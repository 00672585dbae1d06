import { describe, expect, it } from "vitest";
import { safeText, safeValues } from "./safe-text";

describe("safeText", () => {
  it("replaces lone surrogates, keeps pairs, drops controls and overrides, turns CR into LF", () => {
    expect(safeText("a\ud800b\udc00c 😀").text).toBe("a\ufffdb\ufffdc 😀");
    expect(safeText("x\u0000y\u0007z\u001b[31m\u202Ew\r\nv\rq\tt").text).toBe("xyz[31mw\nv\nq\tt");
    expect(safeText("x\u0000\u202E").found).toEqual([
      "control character",
      "bidirectional override",
    ]);
    expect(safeText("障害対応 ok").found).toEqual([]);
  });
});

describe("safeValues", () => {
  it("cleans keys and nested values and says which top-level keys held unsafe text", () => {
    const said: string[] = [];
    const out = safeValues({ title: "a\ud800", meta: { x: ["\u0000y"] }, ok: 1 }, (k, f) =>
      said.push(`${k}: ${f.join(", ")}`),
    );
    expect(out).toEqual({ title: "a\ufffd", meta: { x: ["y"] }, ok: 1 });
    expect(said).toEqual(["title: lone surrogate", "meta: control character"]);
  });

  it("walks a shared (aliased) value once and keeps `__proto__` an own key", () => {
    let shared: unknown = ["lol"];
    for (let k = 0; k < 40; k++) shared = [shared, shared];
    const out = safeValues(
      JSON.parse('{"__proto__": {"polluted": 1}}') as Record<string, unknown>,
      () => {},
    );
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(["__proto__"]);
    const big = safeValues({ bomb: shared }, () => {});
    expect(Array.isArray(big.bomb)).toBe(true);
  });
});
