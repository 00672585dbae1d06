import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FIXTURES } from "@/lib/encoding/testing/fixtures";
import { repairCommand } from "./repair";

let dir: string;
let out: string[];
let err: string[];
const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) };
const seed = path.join(FIXTURES, "seed-004-excerpt", "input.md");

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "shiori-repair-"));
  out = [];
  err = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("shiori repair", () => {
  it("prints the repaired text", async () => {
    expect(await repairCommand([seed], io)).toBe(0);
    expect(out.join("")).toContain("발표자는 400 prometheus server를 운영! 와우!");
    expect(err.join("")).toContain("text/mojibake-repaired");
  });

  it("writes --out to a new file", async () => {
    const target = path.join(dir, "fixed.md");
    expect(await repairCommand([seed, "--out", target], io)).toBe(0);
    expect(fs.readFileSync(target, "utf8")).toContain("잘못 query를 했다가는");
    expect(out).toEqual([]);
  });

  it("refuses to overwrite an existing file", async () => {
    const target = path.join(dir, "fixed.md");
    fs.writeFileSync(target, "keep me");
    expect(await repairCommand([seed, "--out", target], io)).toBe(1);
    expect(fs.readFileSync(target, "utf8")).toBe("keep me");
    expect(err.at(-1)).toBe(
      `shiori repair: ${target} already exists; refusing to overwrite it. Remove it or choose another --out.\n`,
    );
  });

  it("refuses to write over the input", async () => {
    const copy = path.join(dir, "note.md");
    fs.copyFileSync(seed, copy);
    const before = fs.readFileSync(copy);
    expect(await repairCommand([copy, "--out", copy], io)).toBe(1);
    expect(fs.readFileSync(copy)).toEqual(before);
    expect(err.at(-1)).toBe(
      `shiori repair: refusing to overwrite the input ${copy}; choose another --out.\n`,
    );
  });

  it("prints figures and low-confidence positions with --json", async () => {
    expect(await repairCommand([seed, "--json"], io)).toBe(0);
    const doc = JSON.parse(out.join("")) as {
      encoding: string;
      intact: number;
      broken: number;
      repaired: number;
      lowConfidence: {
        position: string;
        chosen: string;
        candidates: { char: string; p: number }[];
      }[];
    };
    expect(doc).toMatchObject({ encoding: "windows-1254", intact: 222, broken: 65, repaired: 65 });
    for (const low of doc.lowConfidence) {
      expect(low.position).toMatch(/^\d+:\d+$/);
      expect(low.candidates.map((c) => c.char)).toContain(low.chosen);
      expect(low.candidates.length).toBeGreaterThan(1);
    }
  });

  it("exits 1 for a binary file and 2 for bad usage", async () => {
    const png = path.join(dir, "x.md");
    fs.writeFileSync(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(await repairCommand([png], io)).toBe(1);
    expect(err.join("")).toContain("text/binary");
    expect(await repairCommand([], io)).toBe(2);
    expect(await repairCommand([seed, "--bogus"], io)).toBe(2);
  });
});
