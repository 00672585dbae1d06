/**
 * The hostile repro corpus of issue 20: one note's frontmatter held a lone surrogate, and every
 * page of the site failed to hydrate. Everything the model carries to the pages must be text the
 * HTML page and the RSC payload agree on: well-formed UTF-16, no controls but tab and LF, no
 * bidirectional overrides. Each repair is reported where it was made.
 */
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "@/lib/content/pipeline";
import { isSafeText } from "@/lib/content/safe-text";
import type { ContentModel } from "@/lib/content/types";
import { extractReproCorpus } from "./repro";

let model: ContentModel;
beforeAll(async () => {
  const dir = extractReproCorpus(path.join(os.tmpdir(), `shiori-repro-${process.pid}`));
  model = await runPipeline({ contentDir: dir });
});

/** Every string in the model that a page could not carry as it is, with where it is. */
function unsafeStrings(value: unknown, at = "model"): string[] {
  if (typeof value === "string") {
    return isSafeText(value) ? [] : [`${at}: ${JSON.stringify(value.slice(0, 60))}`];
  }
  if (Array.isArray(value)) return value.flatMap((v, k) => unsafeStrings(v, `${at}[${k}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => [
      ...unsafeStrings(k, `${at} key`),
      ...unsafeStrings(v, `${at}.${k}`),
    ]);
  }
  return [];
}

describe("the hostile repro corpus", () => {
  it("builds every note", () => {
    expect(model.notes.length).toBeGreaterThanOrEqual(20);
  });

  it("gives the pages only text that hydrates as it was rendered", () => {
    // Source paths keep the file's real name (tab, newline, ESC …): they are shown only on /health
    // and in `check`, which escape controls. Everything else must be clean.
    const { diagnostics, ...rest } = model;
    const notes = rest.notes.map((note) => ({ ...note, path: "", file: "" }));
    expect(unsafeStrings({ ...rest, notes })).toEqual([]);
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  it("keeps the readable rest of a damaged title and says what was removed, with the line", () => {
    const surrogate = model.notes.find((n) => n.path.endsWith("surrogate-title.md"));
    expect(surrogate?.title).toBe("Lone \ufffd surrogate title");
    const controls = model.notes.find((n) => n.path.endsWith("controls.md"));
    // U+200F (a right-to-left mark) only marks direction and is kept; U+202E overrides it.
    expect(controls?.title).toBe("CtlNUL\nCRBELevil\u200ftitle");
    expect(controls?.tags).toEqual(expect.arrayContaining(["ctltag", "biditag"]));
    const said = model.diagnostics.filter((d) => d.code === "frontmatter/unsafe-text");
    expect(said.map((d) => `${path.basename(d.file)}:${d.line}`)).toEqual(
      expect.arrayContaining([
        "surrogate-title.md:2",
        "surrogate-title.md:3",
        "controls.md:2",
        "controls.md:4",
      ]),
    );
    expect(said.find((d) => d.file.endsWith("surrogate-title.md"))?.message).toMatch(
      /lone surrogate/,
    );
    expect(said.find((d) => d.file.endsWith("controls.md"))?.message).toMatch(
      /control characters .* were removed; bidirectional overrides .* were removed/,
    );
  });
});
