import fs from "node:fs";
import path from "node:path";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { analyseTextFidelity, type FidelityAnalysis } from "@/lib/encoding";
import { exitCodeOf, parseCli } from "@/scripts/cli";

const HELP = `Usage: npm run shiori -- repair <file> [--out FILE] [--json]

Repairs a note whose text is mojibake (UTF-8 read as a Windows code page, bytes lost) or is in a
legacy encoding (Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR). Never edits <file>.
  --out FILE   write the repaired text to FILE (a new file; never the input, never overwrites)
  --json       print the figures and every low-confidence position (line:column, candidates)
Without --out and --json the repaired text goes to stdout.
Exit code: 0 done, 1 the file cannot be read, decoded or written, 2 bad usage.`;

export interface RepairIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: RepairIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** The `--json` document. */
export function toRepairJson(file: string, analysis: FidelityAnalysis) {
  const { result, mojibake } = analysis;
  return {
    file,
    kind: result.repair?.kind ?? null,
    encoding: result.repair?.encoding ?? "utf-8",
    undecodable: result.undecodable,
    intact: mojibake?.intact ?? null,
    broken: mojibake?.broken ?? null,
    impossible: mojibake?.impossible ?? null,
    repaired: result.repair?.repaired ?? 0,
    lowConfidence: (mojibake?.choices ?? [])
      .filter((c) => c.lowConfidence)
      .map((c) => ({
        position: `${c.line}:${c.column}`,
        line: c.line,
        column: c.column,
        offset: c.offset,
        context: result.text.slice(Math.max(0, c.offset - 12), c.offset + c.length + 12),
        original: c.original,
        chosen: c.chosen,
        considered: c.candidates.length,
        // The plausible ones: at least two, then any with p ≥ 0.001.
        candidates: c.candidates
          .filter((k, i) => i < 2 || k.p >= 0.001)
          .map((k) => ({ char: k.char, p: Math.round(k.p * 1e4) / 1e4 })),
      })),
    diagnostics: result.diagnostics.map((d) => ({ file, ...d })),
  };
}

/** `shiori repair <file> [--out FILE] [--json]`; returns the exit code. */
export async function repairCommand(args: string[], io: RepairIo = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(
      args,
      {
        command: "shiori repair",
        usage: HELP,
        options: { out: { type: "string" }, json: { type: "boolean" } },
        positionals: [{ name: "file", required: true }],
      },
      io,
    );
    if (parsed.values.out === "") parsed.fail("--out needs a file name");
  } catch (error) {
    return exitCodeOf(error);
  }
  const [file] = parsed.positionals;
  const { json } = parsed.values;
  const out = parsed.values.out ?? null;

  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    io.stderr(`shiori repair: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const analysis = analyseTextFidelity(bytes, { file });
  const { result } = analysis;
  for (const d of result.diagnostics) io.stderr(`${formatDiagnostic({ file, ...d })}\n`);
  if (result.undecodable) {
    if (json) io.stdout(`${JSON.stringify(toRepairJson(file, analysis), null, 2)}\n`);
    return 1;
  }
  if (!result.repair) io.stderr(`${file}: clean UTF-8, nothing to repair.\n`);

  if (out !== null) {
    if (path.resolve(out) === path.resolve(file)) {
      io.stderr(`shiori repair: refusing to overwrite the input ${file}; choose another --out.\n`);
      return 1;
    }
    try {
      await fs.promises.writeFile(out, result.text, { flag: "wx" }); // wx: fail if it exists
    } catch (error) {
      const exists = (error as NodeJS.ErrnoException).code === "EEXIST";
      io.stderr(
        exists
          ? `shiori repair: ${out} already exists; refusing to overwrite it. Remove it or choose another --out.\n`
          : `shiori repair: cannot write ${out}: ${(error as Error).message}\n`,
      );
      return 1;
    }
    io.stderr(`wrote ${out}\n`);
  }
  if (json) io.stdout(`${JSON.stringify(toRepairJson(file, analysis), null, 2)}\n`);
  else if (out === null) io.stdout(result.text);
  return 0;
}
