import { isKoreanEnding, stripKoreanEnding } from "./korean";
import { normalizeText } from "./normalize";
import { isCjk, isHan, isHangul, isHiragana, isKatakana, isWordChar } from "./script";
import { katakanaVariants, wordVariants } from "./variants";

/**
 * Tokenising normalised text (see normalize.ts). The same rules build the index, parse queries and
 * find highlights:
 * - Latin/digit words (and other alphabetic scripts) are whole-word tokens; a query word of
 *   {@link PREFIX_MIN} or more characters also matches longer words (`promet` → prometheus).
 * - CJK runs (Han, kana, Hangul) become overlapping bigrams (`障害対応` → 障害 害対 対応) plus
 *   single characters, so one-character queries work. Bigram postings keep positions so a query
 *   run can be checked for being contiguous in the text.
 */

export type RunKind = "word" | "cjk";

export interface Run {
  kind: RunKind;
  /** UTF-16 offsets in the normalised text. */
  start: number;
  end: number;
}

/** Query words at least this long match as prefixes; shorter ones match whole words only. */
export const PREFIX_MIN = 3;

/** Splits normalised text into word runs and CJK runs; everything else separates runs. */
export function scanRuns(text: string): Run[] {
  const runs: Run[] = [];
  let kind: RunKind | null = null;
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const k: RunKind | null = isCjk(cp) ? "cjk" : isWordChar(cp) ? "word" : null;
    if (k !== kind) {
      if (kind) runs.push({ kind, start, end: i });
      kind = k;
      start = i;
    }
    i += size;
  }
  if (kind) runs.push({ kind, start, end: n });
  return runs;
}

/** The key that decides a word's shard: its first {@link PREFIX_MIN} characters. */
export function wordShardKey(word: string): string {
  return [...word].slice(0, PREFIX_MIN).join("");
}

export type TokenSink = (
  token: string,
  positional: boolean,
  position: number,
  inHeading: boolean,
) => void;

/**
 * Emits the index tokens of normalised text. `headingEnd` (a normalised offset) marks where the
 * title/heading part ends. Positions count CJK characters and words (one position each) in one
 * sequence, so a word can be checked for standing next to a CJK run (`Podのキュー`) or to another
 * word (a quoted phrase); a gap of one separates runs, so bigrams of different runs are never
 * taken as adjacent. Single CJK characters carry no positions.
 */
export function emitIndexTokens(text: string, headingEnd: number, sink: TokenSink): void {
  let position = 0;
  for (const run of scanRuns(text)) {
    const inHeading = run.start < headingEnd;
    if (run.kind === "word") {
      sink(text.slice(run.start, run.end), true, position, inHeading);
      position += 2;
      continue;
    }
    const chars = [...text.slice(run.start, run.end)];
    for (let k = 0; k < chars.length; k++) {
      sink(chars[k]!, false, -1, inHeading);
      if (k + 1 < chars.length) sink(chars[k]! + chars[k + 1]!, true, position + k, inHeading);
    }
    position += chars.length + 1;
  }
}

export interface WordQueryRun {
  kind: "word";
  /** The normalised word. */
  text: string;
  /** True when longer words starting with `text` match too. */
  prefix: boolean;
  /** The word as typed, when `text` is its stem (`balance` for `balanc`). */
  typed?: string;
}

/** One form of a CJK query run: its text and its bigrams in order (repeats kept). */
export interface CjkForm {
  text: string;
  tokens: string[];
}

/**
 * A CJK query run: `text` is the normalised run after okurigana and Korean particle stripping,
 * `tokens` its bigrams in order (repeats kept), or the single character of a one-character run.
 */
export interface CjkQueryRun extends CjkForm {
  kind: "cjk";
  /** Taiwan/Mainland word variants (数据库 → 资料库), matched as alternatives; absent when none. */
  variants?: CjkForm[];
}

export type QueryRun = WordQueryRun | CjkQueryRun;

/**
 * Two runs of a clause (indexes into it) that must stand close together in a section, `a` first:
 * at most `gap` characters between them. A Latin word typed straight against a CJK run
 * (`Podキュー`, `Kubernetesメトリクス`) joins it with {@link JOIN_GAP}, so a section where the two
 * are far apart is only a fallback; the runs of a `"…"` phrase join with gap 0 and must be in order.
 */
export interface RunJoin {
  a: number;
  b: number;
  gap: number;
  /** A phrase: a section without the runs together is not a match at all. */
  strict: boolean;
}

/**
 * Characters allowed between a Latin word and the CJK run typed against it: a particle (の, が,
 * 를) or a compound particle (における, 에서는).
 */
export const JOIN_GAP = 4;

export interface ParsedQuery {
  /** The whole query, normalised. */
  normalized: string;
  /**
   * Every positive run of every clause (distinct), for highlighting. With one clause these are the
   * runs a section must all match.
   */
  runs: QueryRun[];
  /**
   * Alternatives (`A OR B`): a section matches when it matches every run of some clause. One
   * clause without `OR`.
   */
  clauses: QueryRun[][];
  /** Per clause, the runs that must stand together (see {@link RunJoin}). */
  joins: RunJoin[][];
  /** Runs written with a leading `-`: a section holding one of them is left out. */
  exclude: QueryRun[];
}

/**
 * Drops inflection endings from a query run: hiragana after a stem of at least two kanji or
 * katakana (`監視する` → 監視, `バックアップした` → バックアップ). Runs with a one-character stem
 * are kept whole, since `見る` → 見 would match too much.
 */
export function stripOkurigana(run: string): string {
  const chars = [...run];
  let k = chars.length - 1;
  while (k >= 0 && isHiragana(chars[k]!.codePointAt(0)!)) k--;
  if (k === chars.length - 1 || k < 1) return run;
  const last = chars[k]!.codePointAt(0)!;
  if (!isHan(last) && !isKatakana(last)) return run;
  return chars.slice(0, k + 1).join("");
}

export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let k = 0; k + 1 < chars.length; k++) out.push(chars[k]! + chars[k + 1]!);
  return out;
}

/** The forms a CJK run matches in: itself first, then its word variants. */
export function cjkForms(run: CjkQueryRun): CjkForm[] {
  return run.variants ? [run, ...run.variants] : [run];
}

/**
 * Where a compound query run breaks into parts: between two characters of different scripts
 * (katakana | Han: リソース|管理, クラスタ|運用) and where its bigram occurs nowhere in the index
 * (장애|대응 when the notes write 장애 대응), never leaving a part of one character. Empty when
 * the run does not break.
 */
export function compoundParts(text: string, absent: ReadonlySet<string> = new Set()): string[] {
  const chars = [...text];
  if (chars.length < 4) return [];
  const script = (c: string) => {
    const cp = c.codePointAt(0)!;
    return isKatakana(cp) ? "k" : isHiragana(cp) ? "h" : isHangul(cp) ? "g" : "c";
  };
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i < chars.length; i++) {
    const breaks =
      script(chars[i - 1]!) !== script(chars[i]!) || absent.has(chars[i - 1]! + chars[i]!);
    if (breaks && i - start >= 2 && chars.length - i >= 2) {
      parts.push(chars.slice(start, i).join(""));
      start = i;
    }
  }
  parts.push(chars.slice(start).join(""));
  return parts.length >= 2 ? parts : [];
}
/** Longer queries are cut here (a pasted page would otherwise fetch every shard). */
export const MAX_QUERY_LENGTH = 200;

/**
 * A light stem of an English query word, matched as a prefix, so the word's other forms match
 * too: a final -e (balance → balanc: balancing, balanced), -ing and -ed (scaling → scal, deployed
 * → deploy) and a plural -s (metrics → metric) are dropped when at least
 * {@link PREFIX_MIN} + 1 letters remain. Other words are returned as they are.
 */
export function latinStem(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  const keep = (stem: string) => (stem.length > PREFIX_MIN ? stem : word);
  if (word.length >= 6 && word.endsWith("ing")) return keep(word.slice(0, -3));
  if (word.length >= 6 && word.endsWith("ed")) return keep(word.slice(0, -2));
  if (word.length >= 5 && word.endsWith("e")) return keep(word.slice(0, -1));
  if (word.length >= 5 && word.endsWith("s") && !word.endsWith("ss"))
    return keep(word.slice(0, -1));
  return word;
}

/** What makes two query runs the same run: its kind and its text (a word's stem). */
export function runKey(run: QueryRun): string {
  return `${run.kind === "word" ? "w" : "c"}:${run.text}`;
}

/**
 * The runs of one part of a normalised query (no operators), deduplicated through `seen` (runKey),
 * and which of them follow each other: `follows[i]` is true when run i was typed straight after
 * run i − 1 (no run left out between them).
 */
function queryRuns(
  normalized: string,
  seen: Set<string>,
): { runs: QueryRun[]; follows: boolean[] } {
  const runs: QueryRun[] = [];
  const follows: boolean[] = [];
  let linked = false;
  let prev: Run | null = null;
  for (const r of scanRuns(normalized)) {
    const chained: boolean = linked;
    linked = false;
    const raw = normalized.slice(r.start, r.end);
    const afterWord = prev?.kind === "word" && prev.end === r.start;
    prev = r;
    if (r.kind === "word") {
      const stem = latinStem(raw);
      const prefix = [...stem].length >= PREFIX_MIN;
      const run: WordQueryRun =
        stem === raw
          ? { kind: "word", text: raw, prefix }
          : { kind: "word", text: stem, prefix, typed: raw };
      if (seen.has(runKey(run))) continue;
      seen.add(runKey(run));
      runs.push(run);
      follows.push(chained);
      linked = true;
    } else {
      // A particle written straight after a Latin word (`Pod를`, `k8s의`) belongs to that word.
      if (afterWord && isKoreanEnding(raw)) {
        linked = chained;
        continue;
      }
      const text = stripKoreanEnding(stripOkurigana(raw));
      if (seen.has(`c:${text}`)) continue;
      seen.add(`c:${text}`);
      follows.push(chained);
      linked = true;
      const forms = [...wordVariants(text), ...katakanaVariants(text)];
      const variants = forms.map((v) => ({ text: v, tokens: bigrams(v) }));
      runs.push(
        variants.length
          ? { kind: "cjk", text, tokens: bigrams(text), variants }
          : { kind: "cjk", text, tokens: bigrams(text) },
      );
    }
  }
  return { runs, follows };
}

/** The words of a query as typed: split on white space, a `"…"` phrase kept as one. */
function querySegments(query: string): { text: string; phrase: boolean }[] {
  const out: { text: string; phrase: boolean }[] = [];
  const re = /"([^"]*)"?|\S+/g;
  for (let m = re.exec(query); m; m = re.exec(query))
    out.push(m[1] !== undefined ? { text: m[1], phrase: true } : { text: m[0], phrase: false });
  return out;
}

/**
 * Normalises and tokenises a query (its first {@link MAX_QUERY_LENGTH} characters). CJK runs lose
 * okurigana (`監視する` → 監視) and Korean particles and endings (`백업을` → 백업), and carry their
 * Taiwan/Mainland word variants (`数据库` → 资料库) and katakana forms (`サーバー` → サーバ) as
 * alternatives. Operators: `A OR B` (either; also `|`), `-word` (leave out sections with it).
 */
export function parseQuery(query: string): ParsedQuery {
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  const normalized = normalizeText(cut).replace(/\s+/g, " ").trim();
  const seen = new Set<string>();
  const clauses: QueryRun[][] = [[]];
  const joins: RunJoin[][] = [[]];
  const exclude: QueryRun[] = [];
  const excluded = new Set<string>();
  for (const { text: segment, phrase } of querySegments(cut)) {
    if (!phrase && (segment === "OR" || segment === "|" || segment === "||")) {
      if (clauses[clauses.length - 1]!.length) {
        clauses.push([]);
        joins.push([]);
      }
      continue;
    }
    if (!phrase && segment.length > 1 && (segment.startsWith("-") || segment.startsWith("－"))) {
      exclude.push(...queryRuns(normalizeText(segment.slice(1)), excluded).runs);
      continue;
    }
    // Runs already in this clause are not repeated; a run of another clause may be.
    const clause = clauses[clauses.length - 1]!;
    const first = clause.length;
    const { runs, follows } = queryRuns(normalizeText(segment), new Set(clause.map(runKey)));
    clause.push(...runs);
    runs.forEach((run, i) => {
      if (i === 0 || !follows[i]) return;
      const before = runs[i - 1]!;
      if (phrase)
        joins[joins.length - 1]!.push({ a: first + i - 1, b: first + i, gap: 0, strict: true });
      else if (before.kind !== run.kind)
        joins[joins.length - 1]!.push({
          a: first + i - 1,
          b: first + i,
          gap: JOIN_GAP,
          strict: false,
        });
    });
  }
  const keptAt = clauses.flatMap((c, i) => (c.length > 0 ? [i] : []));
  const kept = keptAt.map((i) => clauses[i]!);
  const runs: QueryRun[] = [];
  for (const r of kept.flat()) {
    if (seen.has(runKey(r))) continue;
    seen.add(runKey(r));
    runs.push(r);
  }
  return { normalized, runs, clauses: kept, joins: keptAt.map((i) => joins[i]!), exclude };
}
