/**
 * Mojibake repair on Korean text of another register than the model was trained on (issue 20).
 * The model (lib/encoding/model) learnt from the Korean React documentation; this measures it on
 *  - the Korean compiler messages TypeScript ships (node_modules/typescript/lib/ko, Apache-2.0):
 *    terse technical sentences mixed with English words, quotes and `{0}` placeholders;
 *  - the Korean messages of the programs installed on this Debian machine
 *    (/usr/share/locale/ko/LC_MESSAGES/*.mo: apt, bash, coreutils...; read in place, not copied).
 * Both are read where they are installed and never copied into the repository. The messages are
 * joined into pieces of about {@link PIECE} characters (one message per line), damaged as a Windows
 * tool does (UTF-8 decoded with a code page, undefined bytes and soft hyphens lost), detected and
 * repaired in-process, for every code page. Also the same damage with the lost bytes written as
 * U+FFFD or `?` (what many editors do), to see whether it is detected at all.
 */
import fs from "node:fs";
import path from "node:path";
import { CODE_PAGES, type CodePage } from "@/lib/encoding/codepages";
import { detectMarkedMojibake, detectMojibake } from "@/lib/encoding/detect";
import { loadKoModel } from "@/lib/encoding/model";
import { repairMojibake } from "@/lib/encoding/repair";
import { simulateMojibake } from "@/lib/encoding/simulate";

const PIECE = 3000;
const HANGUL = /^[\uac00-\ud7a3]$/u;
const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)} %`);

/** The translated strings of a GNU gettext .mo file (little- or big-endian). */
export function moStrings(buf: Buffer): string[] {
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) return [];
  const u32 = (at: number) => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const count = u32(8);
  const table = u32(16);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = u32(table + i * 8);
    const offset = u32(table + i * 8 + 4);
    if (offset + length > buf.length) continue;
    // Plural forms are NUL-separated; the header (empty msgid) has no Hangul and is filtered out.
    for (const s of buf.toString("utf8", offset, offset + length).split("\0")) if (s) out.push(s);
  }
  return out;
}

/** Messages joined into pieces of about PIECE characters, only those with Hangul in them. */
function pieces(messages: readonly string[]): string[] {
  const out: string[] = [];
  let cur = "";
  for (const m of messages) {
    if (!/[\uac00-\ud7a3]/u.test(m)) continue;
    cur += `${m.replace(/\r/g, "")}\n`;
    if (cur.length >= PIECE) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur.length > 200) out.push(cur);
  return out;
}

export function registerSources(): { label: string; pieces: string[] }[] {
  const sources: { label: string; pieces: string[] }[] = [];
  const ts = "node_modules/typescript/lib/ko/diagnosticMessages.generated.json";
  if (fs.existsSync(ts)) {
    const messages = Object.values(
      JSON.parse(fs.readFileSync(ts, "utf8")) as Record<string, string>,
    );
    sources.push({ label: "TypeScript compiler messages (ko)", pieces: pieces(messages) });
  }
  const mo = "/usr/share/locale/ko/LC_MESSAGES";
  if (fs.existsSync(mo)) {
    const messages = fs
      .readdirSync(mo)
      .filter((f) => f.endsWith(".mo"))
      .sort()
      .flatMap((f) => moStrings(fs.readFileSync(path.join(mo, f))));
    // About a million characters: every fifth piece keeps the bench to minutes.
    const all = pieces(messages);
    sources.push({
      label: `Debian program messages (ko, ${mo}; every 5th of ${all.length} pieces)`,
      pieces: all.filter((_, i) => i % 5 === 0),
    });
  }
  return sources;
}

interface Tally {
  pieces: number;
  detected: number;
  damaged: number;
  right: number;
  outside: number;
  outsideChanged: number;
}

/**
 * Damages, detects and repairs each text, counting per character against the clean text. `damage`
 * gives the damaged text and which clean characters it touched; `detect` the text to repair
 * (null: not detected as `codePage`).
 */
function tally(
  texts: readonly string[],
  codePage: CodePage,
  damage: (text: string) => { text: string; touched: boolean[] },
  detect: (damaged: string) => string | null,
): Tally {
  const model = loadKoModel();
  const t: Tally = {
    pieces: texts.length,
    detected: 0,
    damaged: 0,
    right: 0,
    outside: 0,
    outsideChanged: 0,
  };
  for (const text of texts) {
    const d = damage(text);
    const toRepair = detect(d.text);
    if (toRepair === null) continue;
    t.detected++;
    const before = [...text];
    const after = [...repairMojibake(toRepair, codePage, model).text];
    if (after.length !== before.length) continue;
    before.forEach((ch, i) => {
      if (d.touched[i]) {
        if (!HANGUL.test(ch)) return;
        t.damaged++;
        if (after[i] === ch) t.right++;
      } else {
        t.outside++;
        if (after[i] !== ch) t.outsideChanged++;
      }
    });
  }
  return t;
}

function measure(texts: readonly string[], codePage: CodePage): Tally {
  return tally(
    texts,
    codePage,
    (text) => simulateMojibake(text, codePage),
    (damaged) => (detectMojibake(damaged)?.codePage === codePage ? damaged : null),
  );
}

/** Like measure, for the damage with lost bytes written as `mark` (windows-1254). */
export function measureMarked(texts: readonly string[], mark: string): Tally {
  return tally(
    texts,
    "windows-1254",
    (text) => simulateMojibake(text, "windows-1254", undefined, mark),
    (damaged) => {
      const found = detectMarkedMojibake(damaged);
      return found?.verdict.codePage === "windows-1254" ? found.text : null;
    },
  );
}

export function otherRegister(): void {
  console.log("\n## 1b. Repair accuracy on Korean text of another register (never trained on)");
  const sources = registerSources();
  if (sources.length === 0) {
    console.log("no TypeScript Korean messages and no Debian Korean .mo files here; skipped");
    return;
  }
  for (const s of sources) {
    const chars = s.pieces.reduce((n, p) => n + p.length, 0);
    console.log(`\n${s.label}: ${s.pieces.length} pieces, ${chars} characters`);
    console.log("code page      detected   damaged syllables right   other characters changed");
    for (const cp of CODE_PAGES.filter((c) => c !== "windows-1251")) {
      const t = measure(s.pieces, cp);
      console.log(
        `${cp.padEnd(14)} ${`${t.detected}/${t.pieces}`.padStart(8)}   ${`${pct(t.right, t.damaged)} (${t.right}/${t.damaged})`.padStart(24)}   ${`${t.outsideChanged} of ${t.outside}`.padStart(24)}`,
      );
    }
    for (const mark of ["\ufffd", "?"]) {
      const t = measureMarked(s.pieces, mark);
      console.log(
        `lost bytes written as ${mark === "?" ? "?" : "U+FFFD"} (windows-1254): detected ${t.detected}/${t.pieces}, damaged syllables right ${pct(t.right, t.damaged)} (${t.right}/${t.damaged}), other characters changed ${t.outsideChanged} of ${t.outside}`,
      );
    }
  }
}
