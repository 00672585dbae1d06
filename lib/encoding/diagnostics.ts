/**
 * The text-fidelity diagnostics: what happened to a file's text and what to do about it.
 * The pipeline adds the `file`; messages name it in the fix command.
 */
import type { Diagnostic } from "@/lib/content/types";
import { encodingLabel } from "./labels";
import { ICONV_NAME, type LegacyEncoding } from "./legacy";

export type FidelityDiagnostic = Omit<Diagnostic, "file">;

const n = (x: number): string => x.toLocaleString("en-US");

export function mojibakeRepaired(args: {
  file: string;
  line: number | null;
  codePage: string;
  intact: number;
  broken: number;
  repaired: number;
  lowConfidence: number;
}): FidelityDiagnostic {
  return {
    line: args.line,
    severity: "info",
    code: "text/mojibake-repaired",
    message:
      `text is UTF-8 that was decoded as ${encodingLabel(args.codePage)} and saved again ` +
      `(${n(args.intact)} intact, ${n(args.broken)} broken multi-byte sequences); repaired for ` +
      `the site: ${n(args.repaired)} characters reconstructed, ${n(args.lowConfidence)} ` +
      `low-confidence (underlined on the page). To fix the file, run ` +
      `\`npm run shiori -- repair ${args.file} --out fixed.md\`, check the low-confidence ` +
      `words it lists with --json, and replace the file with fixed.md.`,
  };
}

export function legacyEncoding(args: {
  file: string;
  encoding: LegacyEncoding | "utf-16le" | "utf-16be";
  invalid: number;
}): FidelityDiagnostic {
  const iconv =
    args.encoding === "utf-16le" || args.encoding === "utf-16be"
      ? args.encoding.toUpperCase()
      : ICONV_NAME[args.encoding];
  const invalid =
    args.invalid > 0 ? ` ${n(args.invalid)} invalid byte sequences were shown as U+FFFD (�).` : "";
  return {
    line: null,
    severity: "warning",
    code: "text/legacy-encoding",
    message:
      `file is encoded as ${encodingLabel(args.encoding)}, not UTF-8; decoded for the site.` +
      `${invalid} Convert it: \`iconv -f ${iconv} -t UTF-8 ${args.file} > converted.md\` and ` +
      `replace the file with converted.md.`,
  };
}

export function undecodable(args: {
  file: string;
  line: number;
  candidates: LegacyEncoding[];
}): FidelityDiagnostic {
  const [first, second] = args.candidates;
  const guess =
    first && second
      ? ` It reads about equally well as ${encodingLabel(first)} and ${encodingLabel(second)}.`
      : "";
  const from = first ? ICONV_NAME[first] : "ENCODING";
  return {
    line: args.line,
    severity: "error",
    code: "text/undecodable",
    message:
      `file is not valid UTF-8 (first invalid byte on this line) and no legacy encoding ` +
      `(Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR) fits it clearly; not rendered.${guess} Find ` +
      `its encoding (open it in an editor that shows one, or try \`file -i ${args.file}\`) and ` +
      `convert it: \`iconv -f ${from} -t UTF-8 ${args.file} > converted.md\`.`,
  };
}

export function binaryFile(args: { file: string; kind: string }): FidelityDiagnostic {
  return {
    line: null,
    severity: "error",
    code: "text/binary",
    message:
      `file is not text (${args.kind}); not rendered. Move it out of the notes folder ` +
      `(images belong next to the site's public files) or delete ${args.file}.`,
  };
}
