import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CATALOGUE, DIAGNOSTIC_CODES, isDiagnosticCode } from "./diagnostic-codes";
import { runPipeline } from "./pipeline";

describe("the diagnostic catalogue", () => {
  it("says for every code what it means in one or two sentences", () => {
    for (const code of DIAGNOSTIC_CODES) {
      expect(code).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      const text = DIAGNOSTIC_CATALOGUE[code];
      expect(text.length, code).toBeGreaterThan(20);
      expect(text, code).toMatch(/[.)]$/);
    }
  });

  it.each(["test/fixtures/seeds", "test/fixtures/hostile", "test/fixtures/sites"])(
    "lists every code the pipeline reports on %s",
    async (dir) => {
      const { diagnostics } = await runPipeline({ contentDir: dir, threads: 1 });
      expect(diagnostics.length).toBeGreaterThan(0);
      const unknown = diagnostics.filter((d) => !isDiagnosticCode(d.code)).map((d) => d.code);
      expect(unknown).toEqual([]);
    },
    60_000,
  );
});
