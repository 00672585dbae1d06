/**
 * Bench for the text-fidelity layer (`npm run bench:repair`):
 *  1. repair accuracy on held-out Korean text damaged exactly as seed 004 was, and (1b) on Korean
 *     text of another register, per code page (scripts/bench/repair-register.ts);
 *  2. mojibake false positives over content/ and every .md/.txt of the shared corpora;
 *  3. legacy-encoding detection on short CJK lines;
 *  4. what seed 004 looks like repaired, for a Korean reader to judge.
 * Folders that are absent are skipped with a message.
 *
 *   npm run bench:repair   (no arguments)
 */
import fs from "node:fs";
import path from "node:path";
import * as OpenCC from "opencc-js/cn2t";
import { isHeldOut } from "@/lib/encoding/corpus-split";
import { detectMojibake } from "@/lib/encoding/detect";
import { analyseTextFidelity } from "@/lib/encoding";
import { detectLegacy, type LegacyEncoding } from "@/lib/encoding/legacy";
import { loadKoModel, MODEL_PATH } from "@/lib/encoding/model";
import { repairMojibake } from "@/lib/encoding/repair";
import { simulateMojibake } from "@/lib/encoding/simulate";
import { encodeLegacy } from "@/lib/encoding/testing/legacy-encoder";
import { DEFAULT_CORPUS, listCorpus } from "./train-ko";
import { otherRegister } from "./bench/repair-register";
import { parseArgv } from "./cli";
import { isMain } from "./is-main";

const CORPORA = "/work/shared/corpora";
const SEEDS = "/work/shared/seeds";
const CONTENT = "content";
const HANGUL = /^[\uac00-\ud7a3]$/u;
const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(2)}%`);

function heldOutAccuracy(): void {
  console.log(
    "\n## 1. Repair accuracy on held-out Korean text (damage: UTF-8 → windows-1254, lost bytes dropped)",
  );
  let files: { name: string; text: string }[];
  if (fs.existsSync(DEFAULT_CORPUS)) {
    files = listCorpus(DEFAULT_CORPUS)
      .filter(isHeldOut)
      .map((f) => ({ name: f, text: fs.readFileSync(path.join(DEFAULT_CORPUS, f), "utf8") }));
    console.log(`corpus: ${DEFAULT_CORPUS}, ${files.length} held-out files (never trained on)`);
  } else {
    const fixture = "test/fixtures/encoding/ko-heldout/input.md";
    console.log(`${DEFAULT_CORPUS} not found; using the held-out fixture ${fixture} only`);
    files = [{ name: fixture, text: fs.readFileSync(fixture, "utf8") }];
  }
  const model = loadKoModel();
  let damaged = 0;
  let right = 0;
  let syllables = 0;
  let syllablesRight = 0;
  let low = 0;
  let lowRight = 0;
  let notDetected = 0;
  for (const { name, text } of files) {
    const damage = simulateMojibake(text, "windows-1254");
    const verdict = detectMojibake(damage.text);
    if (verdict?.codePage !== "windows-1254") {
      notDetected++;
      console.log(`  not detected as windows-1254: ${name}`);
      continue;
    }
    const repaired = repairMojibake(damage.text, "windows-1254", model);
    const before = [...text];
    const after = [...repaired.text];
    if (after.length !== before.length) {
      console.log(`  length changed, skipped: ${name}`);
      continue;
    }
    const lowAt = new Set(repaired.choices.filter((c) => c.lowConfidence).map((c) => c.offset));
    let unit = 0;
    let fileDamaged = 0;
    let fileRight = 0;
    before.forEach((ch, i) => {
      const offset = unit;
      unit += (after[i] ?? "").length;
      if (!HANGUL.test(ch)) return;
      syllables++;
      const ok = after[i] === ch;
      if (ok) syllablesRight++;
      if (!damage.touched[i]) return;
      fileDamaged++;
      if (ok) fileRight++;
      if (lowAt.has(offset)) {
        low++;
        if (ok) lowRight++;
      }
    });
    damaged += fileDamaged;
    right += fileRight;
  }
  console.log(
    `damaged syllables: ${damaged}, repaired right: ${right} → syllable accuracy ${pct(right, damaged)} (target ≥ 97%)`,
  );
  console.log(`all syllables: ${syllables}, right after repair: ${pct(syllablesRight, syllables)}`);
  console.log(
    `low-confidence: ${low} marked (${pct(low, damaged)} of damaged), ${pct(lowRight, low)} of them right; ` +
      `confident: ${damaged - low}, ${pct(right - lowRight, damaged - low)} right`,
  );
  if (notDetected) console.log(`files not detected: ${notDetected}`);
}

function listText(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|txt)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function falsePositives(): void {
  console.log("\n## 2. Mojibake detector over real files");
  const groups: { label: string; dir: string; clean: boolean }[] = [
    {
      label: "shared corpora (all clean: every detection is a false positive)",
      dir: CORPORA,
      clean: true,
    },
    { label: "content/ (detections listed for review)", dir: CONTENT, clean: false },
    { label: "seeds (only 004 is damaged)", dir: SEEDS, clean: false },
  ];
  for (const g of groups) {
    if (!fs.existsSync(g.dir)) {
      console.log(`${g.dir}: not found, skipped`);
      continue;
    }
    const files = listText(g.dir);
    let detections = 0;
    let falsePositive = 0;
    let ms = 0;
    let undecodable = 0;
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      const t0 = performance.now();
      const { result } = analyseTextFidelity(bytes, { file: f });
      ms += performance.now() - t0;
      if (result.undecodable) undecodable++;
      if (result.repair?.kind !== "mojibake") continue;
      detections++;
      const isSeed004 = path.basename(f).startsWith("004_");
      if (g.clean || (g.dir === SEEDS && !isSeed004)) falsePositive++;
      console.log(
        `  detected: ${f} → ${result.repair.encoding}, ${result.repair.repaired} repaired`,
      );
    }
    console.log(
      `${g.label}: ${files.length} files, ${detections} detections, ${falsePositive} false positives` +
        `${undecodable ? `, ${undecodable} undecodable` : ""}; ${ms.toFixed(0)} ms in fixTextFidelity (incl. repair)`,
    );
  }
}

function legacyShortLines(): void {
  console.log("\n## 3. Legacy-encoding detection on short lines (6–40 characters)");
  const sources: [string, RegExp, LegacyEncoding[], ((s: string) => string) | null][] = [
    [`${CORPORA}/ja-k8s-demo`, /[\u3040-\u30ff]/u, ["shift_jis", "euc-jp"], null],
    [`${CORPORA}/zh-k8s-handbook`, /[\u4e00-\u9fff]{4}/u, ["gb18030"], null],
    [
      `${CORPORA}/zh-k8s-handbook`,
      /[\u4e00-\u9fff]{4}/u,
      ["big5"],
      OpenCC.Converter({ from: "cn", to: "tw" }),
    ],
    [DEFAULT_CORPUS, /[\uac00-\ud7a3]{3}/u, ["euc-kr"], null],
  ];
  for (const [dir, re, encodings, convert] of sources) {
    if (!fs.existsSync(dir)) {
      console.log(`${dir}: not found, skipped`);
      continue;
    }
    const lines = listText(dir)
      .flatMap((f) => fs.readFileSync(f, "utf8").split("\n"))
      .map((l) => (convert ? convert(l.trim()) : l.trim()))
      .filter((l) => re.test(l) && l.length >= 6 && l.length <= 40)
      .filter((_, i) => i % 7 === 0)
      .slice(0, 400);
    for (const encoding of encodings) {
      let n = 0;
      let ok = 0;
      let wrong = 0;
      for (const line of lines) {
        let bytes: Uint8Array;
        try {
          bytes = encodeLegacy(line, encoding);
        } catch {
          continue; // a character the encoding lacks
        }
        if (bytes.every((b) => b < 0x80)) continue; // pure ASCII after all
        n++;
        const v = detectLegacy(bytes);
        if (v.ok && v.encoding === encoding) ok++;
        else if (v.ok) wrong++;
      }
      console.log(
        `${encoding.padEnd(9)} ${n} lines: right ${pct(ok, n)}, wrong ${wrong}, undecided ${n - ok - wrong}`,
      );
    }
  }
}

function seedPreview(): void {
  console.log("\n## 4. Seed 004 repaired (first lines with repairs; [x] = low confidence)");
  const file = path.join(SEEDS, "004_12349679e29e8885.txt");
  if (!fs.existsSync(file)) {
    console.log(`${file}: not found, skipped`);
    return;
  }
  const { result, mojibake } = analyseTextFidelity(fs.readFileSync(file), { file });
  if (!mojibake) {
    console.log("seed 004 was not detected as mojibake");
    return;
  }
  console.log(result.diagnostics.map((d) => d.message).join("\n"));
  const low = new Set(mojibake.choices.filter((c) => c.lowConfidence).map((c) => c.offset));
  let shown = 0;
  const lines = result.text.split("\n");
  let offset = 0;
  for (const line of lines) {
    const start = offset;
    offset += line.length + 1;
    if (!mojibake.choices.some((c) => c.offset >= start && c.offset < start + line.length))
      continue;
    let marked = "";
    for (let i = 0; i < line.length; i++) {
      marked += low.has(start + i) ? `[${line[i]}]` : line[i];
    }
    console.log(`  ${marked.length > 160 ? `${marked.slice(0, 160)}…` : marked}`);
    if (++shown >= 12) break;
  }
}

function modelSize(): void {
  const size = fs.statSync(MODEL_PATH).size;
  const h = loadKoModel().header;
  console.log(
    `\nmodel: ${MODEL_PATH} ${(size / 1024).toFixed(1)} KiB gzipped; ${h.vocab.length - 4} syllables, ${h.trigrams} trigrams, from:`,
  );
  for (const s of h.sources)
    console.log(
      `  ${s.corpus} (${s.licence}): ${s.syllables} syllables in ${s.files} files (${s.heldOutFiles} held out)`,
    );
}

if (isMain(import.meta.url)) {
  parseArgv({
    command: "bench:repair",
    usage: `Usage: npm run bench:repair   (no arguments)
Repair accuracy on held-out Korean text, mojibake false positives over content/ and the shared
corpora, legacy-encoding detection on short CJK lines, and seed 004 repaired.`,
  });
  modelSize();
  heldOutAccuracy();
  otherRegister();
  falsePositives();
  legacyShortLines();
  seedPreview();
}
