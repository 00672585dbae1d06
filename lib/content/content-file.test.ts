import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CONTENT_FORMAT,
  ContentFileError,
  decodeContentFile,
  encodeContentFile,
} from "./content-file";
import { readContentModel } from "./index";
import { runPipeline } from "./pipeline";
import type { ContentModel } from "./types";

let model: ContentModel;
beforeAll(async () => {
  const built: ContentModel & { stats?: unknown } = await runPipeline({
    contentDir: "test/fixtures/seeds",
    threads: 1,
  });
  delete built.stats;
  model = built;
});

const problem = (text: string) => {
  try {
    decodeContentFile(text, "generated/content.json");
  } catch (error) {
    expect(error).toBeInstanceOf(ContentFileError);
    return (error as Error).message;
  }
  throw new Error("decoded without complaint");
};

describe("content.json", () => {
  it("round-trips the seeds' model, with the format written first", () => {
    const text = encodeContentFile(model);
    expect(text.startsWith(`{"format":${CONTENT_FORMAT},`)).toBe(true);
    expect(decodeContentFile(text, "content.json")).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it("refuses a file an older Shiori wrote, saying to run prebuild", () => {
    const message = problem(JSON.stringify(model));
    expect(message).toContain("generated/content.json: has no format number");
    expect(message).toContain("npm run prebuild");
  });

  it("refuses another format number", () => {
    expect(problem(JSON.stringify({ ...model, format: CONTENT_FORMAT + 1 }))).toContain(
      `is format ${CONTENT_FORMAT + 1}, and this Shiori reads format ${CONTENT_FORMAT}`,
    );
  });

  it("names where the shape is wrong", () => {
    const broken = JSON.parse(encodeContentFile(model));
    delete broken.notes[1].slug;
    expect(problem(JSON.stringify(broken))).toContain("at notes.1.slug");
    expect(problem(JSON.stringify({ format: CONTENT_FORMAT, notes: "x" }))).toContain("at notes");
  });

  it("says a half-written or truncated file is not JSON", () => {
    expect(problem(encodeContentFile(model).slice(0, 500))).toContain("is not valid JSON");
  });

  it("is read again when the file changes, and a bad file fails with the message", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "shiori-content-"));
    const file = path.join(dir, "content.json");
    writeFileSync(file, encodeContentFile(model));
    expect(readContentModel(file).notes.length).toBe(model.notes.length);
    writeFileSync(file, JSON.stringify({ format: 0 }));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(() => readContentModel(file)).toThrow(/is format 0/);
  });
});
