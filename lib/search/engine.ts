import * as v from "valibot";
import { areaOf } from "@/lib/content/category-ids";
import { shardOf } from "./hash";
import { highlightSection, toParts } from "./highlight";
import { decodePostings, decodeShard, type DecodedShard, type Postings } from "./postings";
import {
  blockHash,
  DOC_SLOTS,
  docChunkSchema,
  facetsSchema,
  manifestSchema,
  type DocChunk,
  type Facets,
  type Manifest,
} from "./schema";
import {
  bigrams,
  cjkForms,
  compoundParts,
  parseQuery,
  scanRuns,
  wordShardKey,
  type CjkForm,
  type ParsedQuery,
  type QueryRun,
  type RunJoin,
} from "./tokenize";
import { distance } from "fastest-levenshtein";
import { otherLanguageForms } from "./concepts";
import { englishForms } from "./english-terms";
import { normalizeText } from "./normalize";
import { isCjk, isKatakana } from "./script";
import { katakanaVariants } from "./variants";
import type { Lang } from "@/lib/content/types";
import type {
  DocId,
  SearchDoc,
  SearchFilters,
  SearchHit,
  SearchOptions,
  SearchResponse,
} from "./types";

/**
 * The query engine, shared by the browser client, the CLI and the benchmark. It reads the index
 * files through an {@link IndexSource} and only loads what a query needs: the posting shards of its
 * tokens, then the section-store chunks of the results shown.
 */

/** Where index files come from: `fetch` in browsers, memory in the CLI and tests. */
export interface IndexSource {
  /** Bytes of a file, by path relative to the index root. */
  bytes(path: string): Promise<Uint8Array>;
  /** Parsed JSON of a file (validated by the caller). */
  json(path: string): Promise<unknown>;
}

export const MANIFEST_FILE = "manifest.json";

/** Up to this many posting shards, {@link SearchEngine.warm} loads them all. */
export const WARM_SHARDS = 4;
export const DEFAULT_LIMIT = 20;
/** Resolved query runs kept for reuse (see `resolveRun`). */
const RUN_CACHE = 64;

/** One query token's postings, with what ranking needs. */
interface Term {
  postings: Postings;
  idf: number;
  /**
   * For a run resolved as a whole (several bigrams, word variants, a compound's parts): per posting
   * slot, how the run occurs: {@link EXACT} (contiguous, in some form), {@link NEAR} (a compound's
   * parts next to each other: リソース管理 in 「リソースの管理」) or {@link PARTIAL} (its parts
   * somewhere in the section). Null for plain tokens, whose runs are checked while ranking.
   */
  tier: Uint8Array | null;
  /** Where the run occurs in a section, for checking that two runs stand together (see {@link Spans}). */
  spans?: Spans;
}

/**
 * Where a run occurs in one section: flattened `[start, end, start, end, …]` positions (CJK
 * characters and words share one position sequence, see emitIndexTokens), or null when the index
 * cannot tell (a single CJK character, an index without word positions).
 */
type Spans = (id: number) => number[] | null;

/** Slot of section `id` in a posting list, or -1. */
function slotOf(p: Postings, id: number): number {
  const at = seek(p.docs, 0, id);
  return at < p.docs.length && p.docs[at] === id ? at : -1;
}

/** Spans of a positional token `width` positions wide (a bigram 2, a word 1); [] where absent. */
function tokenSpans(p: Postings, slot: number, width: number): number[] | null {
  if (!p.pos || !p.posStart) return null;
  const out: number[] = [];
  for (let i = p.posStart[slot]!; i < p.posStart[slot + 1]!; i++)
    out.push(p.pos[i]!, p.pos[i]! + width);
  return out;
}

/** Spans of a word over the posting lists of its forms (a prefix word's expansions). */
function wordSpans(lists: readonly Postings[]): Spans {
  return (id) => {
    const out: number[] = [];
    for (const list of lists) {
      const slot = slotOf(list, id);
      if (slot < 0) continue;
      const spans = tokenSpans(list, slot, 1);
      if (!spans) return null;
      out.push(...spans);
    }
    return out;
  };
}

/** Spans of a CJK form from its bigram terms: where they occur contiguously. */
function formSpans(terms: readonly Term[]): Spans {
  return (id) => {
    const slots = terms.map((t) => slotOf(t.postings, id));
    if (slots.some((s) => s < 0)) return [];
    return occurrenceStarts(terms, slots).flatMap((st) => [st, st + terms.length + 1]);
  };
}

/**
 * How two runs stand in a section: "together" (nothing between them), "near" (at most `gap`
 * characters between), "apart", or "unknown" when the index cannot tell. A run boundary (a Latin
 * word next to a CJK run, or punctuation) is one position and counts as nothing between.
 */
function joinState(
  a: number[] | null,
  b: number[] | null,
  gap: number,
): "together" | "near" | "apart" | "unknown" {
  if (a === null || b === null) return "unknown";
  let best = Infinity;
  for (let i = 1; i < a.length; i += 2)
    for (let j = 0; j < b.length; j += 2) {
      const d = b[j]! - a[i]!;
      if (d >= 0 && d < best) best = d;
    }
  return best <= 1 ? "together" : best <= gap + 1 ? "near" : "apart";
}

/** How a section holds a query run; a section's tier is the lowest of its runs'. */
export const EXACT = 2;
export const NEAR = 1;
export const PARTIAL = 0;

/**
 * A compound's parts count as near when at most this many characters (a particle: の, 的, 의, or
 * a space) stand between them.
 */
const NEAR_GAP = 3;

/** A query run resolved to the terms of its tokens (in run order, repeats kept). */
interface ResolvedRun {
  run: QueryRun;
  terms: Term[];
}

function cmpStr(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mergeTwo(a: Postings, b: Postings): Postings {
  const n = a.docs.length + b.docs.length;
  const docs = new Int32Array(n);
  const tf = new Int32Array(n);
  const heading = new Uint8Array(n);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.docs.length || j < b.docs.length) {
    const da = i < a.docs.length ? a.docs[i]! : Infinity;
    const db = j < b.docs.length ? b.docs[j]! : Infinity;
    if (da <= db) {
      docs[k] = da;
      let f = a.tf[i]!;
      let h = a.heading[i]!;
      i++;
      if (da === db) {
        f += b.tf[j]!;
        h |= b.heading[j]!;
        j++;
      }
      tf[k] = f;
      heading[k] = h;
    } else {
      docs[k] = db;
      tf[k] = b.tf[j]!;
      heading[k] = b.heading[j]!;
      j++;
    }
    k++;
  }
  return {
    docs: docs.subarray(0, k),
    tf: tf.subarray(0, k),
    heading: heading.subarray(0, k),
    posStart: null,
    pos: null,
  };
}

/** Merges several posting lists (the prefix expansions of one query word) into one. */
function unionPostings(lists: readonly Postings[]): Postings {
  let level = [...lists];
  while (level.length > 1) {
    const next: Postings[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(level[i + 1] ? mergeTwo(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0]!;
}

/** First index in `a[from…]` whose value is ≥ `value` (galloping, then binary search). */
function seek(a: Int32Array, from: number, value: number): number {
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < a.length && a[hi]! < value) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > a.length) hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasPosition(p: Postings, slot: number, value: number): boolean {
  const pos = p.pos!;
  let lo = p.posStart![slot]!;
  let hi = p.posStart![slot + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = pos[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** Is the run contiguous in the section? (Bigram k must sit at position p + k.) */
function runIsExact(terms: readonly Term[], slots: readonly number[]): boolean {
  return terms.length <= 1 || occurrenceStarts(terms, slots, 1).length > 0;
}

/**
 * Calls `visit` for each section that holds every one of `terms` (each once), in section order:
 * with the section, the slot of each term's posting for it (in `terms` order), whether every term
 * is in the heading, and the tf of the rarest term.
 */
function forEachCommon(
  terms: readonly Term[],
  visit: (id: number, slots: readonly number[], heading: number, tf: number) => void,
): void {
  const distinct = [...new Set(terms)].sort(
    (a, b) => a.postings.docs.length - b.postings.docs.length,
  );
  const driver = distinct[0]!.postings;
  const cursor = new Int32Array(distinct.length);
  const at = new Int32Array(distinct.length);
  const termSlot = terms.map((t) => distinct.indexOf(t));
  const slots = terms.map(() => 0);
  outer: for (let i = 0; i < driver.docs.length; i++) {
    const id = driver.docs[i]!;
    at[0] = i;
    for (let j = 1; j < distinct.length; j++) {
      const list = distinct[j]!.postings.docs;
      const found = seek(list, cursor[j]!, id);
      cursor[j] = found;
      if (found >= list.length) break outer;
      if (list[found] !== id) continue outer;
      at[j] = found;
    }
    let h = 1;
    for (let j = 0; j < distinct.length; j++) h &= distinct[j]!.postings.heading[at[j]!]!;
    for (let j = 0; j < terms.length; j++) slots[j] = at[termSlot[j]!]!;
    visit(id, slots, h, driver.tf[i]!);
  }
}

/**
 * Sections holding every token of one CJK form, as one term: tf of its rarest token, in the
 * heading when every token is, and exact when the tokens occur contiguously (bigram k at p + k).
 */
function formMatches(terms: readonly Term[]): TieredPostings {
  const docs: number[] = [];
  const tf: number[] = [];
  const heading: number[] = [];
  const tier: number[] = [];
  forEachCommon(terms, (id, slots, h, f) => {
    docs.push(id);
    tf.push(f);
    heading.push(h);
    tier.push(runIsExact(terms, slots) ? EXACT : PARTIAL);
  });
  return {
    postings: {
      docs: Int32Array.from(docs),
      tf: Int32Array.from(tf),
      heading: Uint8Array.from(heading),
      posStart: null,
      pos: null,
    },
    tier: Uint8Array.from(tier),
    spans: formSpans(terms),
  };
}

/**
 * A katakana word matches only as written: its bigrams scattered over a section (サー in サービス,
 * バー in オーバー for サーバー) are never the same word, so those partial matches are dropped.
 */
function isKatakanaWord(text: string): boolean {
  return [...text].every((c) => isKatakana(c.codePointAt(0)!));
}

function wholeWordOnly(text: string, m: TieredPostings): TieredPostings {
  if (!isKatakanaWord(text)) return m;
  return atLeast(m, EXACT);
}

/** A run's matching sections with the tier of each, and where it occurs in them. */
interface TieredPostings {
  postings: Postings;
  tier: Uint8Array;
  spans?: Spans;
}

/**
 * Start positions (in CJK characters) where a form's bigrams occur contiguously in one section,
 * at most `limit` of them.
 */
function occurrenceStarts(
  terms: readonly Term[],
  slots: readonly number[],
  limit = Infinity,
): number[] {
  const first = terms[0]!.postings;
  const s0 = slots[0]!;
  const out: number[] = [];
  for (let i = first.posStart![s0]!; i < first.posStart![s0 + 1]! && out.length < limit; i++) {
    const p = first.pos![i]!;
    let ok = true;
    for (let k = 1; k < terms.length && ok; k++)
      ok = hasPosition(terms[k]!.postings, slots[k]!, p + k);
    if (ok) out.push(p);
  }
  return out;
}

/** Where one part of a compound occurs in each section holding it: spans [start, end) in CJK characters. */
type PartOccurrences = Map<number, { spans: [number, number][]; tf: number; heading: number }>;

/** The sections holding one form or another of a compound's part, with where it occurs contiguously. */
function partOccurrences(forms: readonly (readonly Term[])[]): PartOccurrences {
  const out: PartOccurrences = new Map();
  for (const terms of forms) {
    const length = terms.length + 1;
    forEachCommon(terms, (id, slots, heading, tf) => {
      const spans = occurrenceStarts(terms, slots).map((st): [number, number] => [st, st + length]);
      const cur = out.get(id);
      if (!cur) out.set(id, { spans, tf, heading });
      else {
        cur.spans.push(...spans);
        cur.tf = Math.max(cur.tf, tf);
        cur.heading |= heading;
      }
    });
  }
  return out;
}

/** Adds `more` to `into`, section by section (spans joined, the larger tf, heading if either). */
function mergeOccurrences(into: PartOccurrences, more: PartOccurrences): void {
  for (const [id, o] of more) {
    const cur = into.get(id);
    if (!cur) into.set(id, { spans: [...o.spans], tf: o.tf, heading: o.heading });
    else {
      cur.spans.push(...o.spans);
      cur.tf = Math.max(cur.tf, o.tf);
      cur.heading |= o.heading;
    }
  }
}

/** An English stem's everyday forms, matched as whole words: state, states, stated, stating. */
function inflections(word: string): string[] {
  const base = word.endsWith("e") ? word.slice(0, -1) : word;
  return [word, `${word}s`, word.endsWith("e") ? `${word}d` : `${word}ed`, `${base}ing`];
}

/**
 * Sections holding every part of a compound (each part in one of its forms): {@link NEAR} when the
 * parts occur in order with at most {@link NEAR_GAP} characters between them, else
 * {@link PARTIAL}.
 */
function partsMatches(parts: readonly PartOccurrences[]): TieredPostings {
  const order = [...parts].sort((a, b) => a.size - b.size);
  const ids = [...order[0]!.keys()]
    .filter((id) => order.every((p) => p.has(id)))
    .sort((a, b) => a - b);
  // Where the parts stand together, part after part: from the first part's start to the last
  // part's end. A section with such a chain is a near match; the chains are its spans.
  const spans: Spans = (id) => {
    let chains: [number, number][] | null = null;
    for (const part of parts) {
      const occ = part.get(id);
      if (!occ) return [];
      const prev: [number, number][] | null = chains;
      chains = occ.spans.flatMap(([st, end]): [number, number][] => {
        if (prev === null) return [[st, end]];
        const from = prev.find(([, e]) => st - e >= 0 && st - e <= NEAR_GAP);
        return from ? [[from[0], end]] : [];
      });
      if (chains.length === 0) return [];
    }
    return (chains ?? []).flat();
  };
  const docs = Int32Array.from(ids);
  const tf = Int32Array.from(ids, (id) => parts[0]!.get(id)!.tf);
  const heading = Uint8Array.from(ids, (id) =>
    parts.every((part) => part.get(id)!.heading === 1) ? 1 : 0,
  );
  const tier = Uint8Array.from(ids, (id) => (spans(id)!.length > 0 ? NEAR : PARTIAL));
  return {
    postings: { docs, tf, heading, posStart: null, pos: null },
    tier,
    spans,
  };
}

/** Only the sections of these matches at or above a tier. */
function atLeast(m: TieredPostings, min: number): TieredPostings {
  const keep: number[] = [];
  m.tier.forEach((t, i) => t >= min && keep.push(i));
  if (keep.length === m.tier.length) return m;
  return {
    postings: {
      docs: Int32Array.from(keep, (i) => m.postings.docs[i]!),
      tf: Int32Array.from(keep, (i) => m.postings.tf[i]!),
      heading: Uint8Array.from(keep, (i) => m.postings.heading[i]!),
      posStart: null,
      pos: null,
    },
    tier: Uint8Array.from(keep, (i) => m.tier[i]!),
    ...(m.spans ? { spans: m.spans } : {}),
  };
}

/** Runs up to this many characters are tried split at every point when nothing matches as written. */
const SPLIT_ANYWHERE_MAX = 12;

/** Union of the matches of several forms of one run; a section takes the best tier of any form. */
function unionForms(forms: readonly TieredPostings[]): TieredPostings {
  const byDoc = new Map<number, { tf: number; heading: number; tier: number }>();
  for (const f of forms) {
    f.postings.docs.forEach((id, i) => {
      const cur = byDoc.get(id);
      const tf = f.postings.tf[i]!;
      const heading = f.postings.heading[i]!;
      const tier = f.tier[i]!;
      if (!cur) byDoc.set(id, { tf, heading, tier });
      else
        byDoc.set(id, {
          tf: Math.max(cur.tf, tf),
          heading: cur.heading | heading,
          tier: Math.max(cur.tier, tier),
        });
    });
  }
  const ids = [...byDoc.keys()].sort((a, b) => a - b);
  return {
    postings: {
      docs: Int32Array.from(ids),
      tf: Int32Array.from(ids, (id) => byDoc.get(id)!.tf),
      heading: Uint8Array.from(ids, (id) => byDoc.get(id)!.heading),
      posStart: null,
      pos: null,
    },
    tier: Uint8Array.from(ids, (id) => byDoc.get(id)!.tier),
    spans: (id) => {
      let out: number[] | null = null;
      for (const f of forms) {
        if (slotOf(f.postings, id) < 0) continue;
        const spans = f.spans?.(id) ?? null;
        if (spans) (out ??= []).push(...spans);
      }
      return out;
    },
  };
}

interface Candidate {
  id: number;
  /** {@link EXACT}, {@link NEAR} or {@link PARTIAL}: the lowest over the query's runs. */
  tier: number;
  headingMatches: number;
  score: number;
}

/** Ranking order: exact, then near, then partial; then more runs in the heading, then score, then id. */
function betterThan(
  tier: number,
  headingMatches: number,
  score: number,
  id: number,
  b: Candidate,
): boolean {
  if (tier !== b.tier) return tier > b.tier;
  if (headingMatches !== b.headingMatches) return headingMatches > b.headingMatches;
  if (score !== b.score) return score > b.score;
  return id < b.id;
}

function better(a: Candidate, b: Candidate): boolean {
  return betterThan(a.tier, a.headingMatches, a.score, a.id, b);
}

/** Ranked sections of a query, best first, with counts (exact counts near matches too). */
export interface Ranked {
  total: number;
  exactTotal: number;
  top: Candidate[];
}

export class SearchEngine {
  private manifestPromise: Promise<Manifest> | null = null;
  private shards = new Map<number, Promise<DecodedShard>>();
  private postings = new Map<string, Promise<Postings | null>>();
  private runs = new Map<string, Promise<Term[] | null>>();
  private chunks = new Map<number, Promise<DocChunk>>();
  private facetsPromise: Promise<Facets> | null = null;

  constructor(private readonly source: IndexSource) {}

  manifest(): Promise<Manifest> {
    this.manifestPromise ??= this.source
      .json(MANIFEST_FILE)
      .then((raw) => v.parse(manifestSchema, raw));
    return this.manifestPromise;
  }

  /**
   * Gets ready to search before the first query: the manifest and, when the index has at most
   * `maxShards` posting shards (a small site), every shard, so the first keystroke fetches only
   * the store chunk of its results. A larger index loads only the shards its queries need.
   * Failures are left for the search that needs the file to report.
   */
  async warm(maxShards = WARM_SHARDS): Promise<void> {
    const m = await this.manifest();
    if (m.shards.count > maxShards) return;
    await Promise.all(Array.from({ length: m.shards.count }, (_, i) => this.shard(i)));
  }

  private shard(i: number): Promise<DecodedShard> {
    let p = this.shards.get(i);
    if (!p) {
      p = this.manifest().then(async (m) =>
        decodeShard(await this.source.bytes(`p/${i}.${blockHash(m.shards.hashes, i)}.bin`)),
      );
      this.shards.set(i, p);
    }
    return p;
  }

  private async shardFor(key: string): Promise<DecodedShard> {
    const m = await this.manifest();
    return this.shard(shardOf(key, m.shards.count));
  }

  /** Decoded postings of one token from a loaded shard (null when the index lacks it). */
  private tokenPostings(shard: DecodedShard, token: string): Promise<Postings | null> {
    let p = this.postings.get(token);
    if (!p) {
      const e = shard.entries.get(token);
      if (!e) p = Promise.resolve(null);
      else if (e.external) {
        p = this.source
          .bytes(e.external)
          .then((bytes) => decodePostings(bytes, e.df, e.positional));
      } else {
        p = Promise.resolve(
          decodePostings(shard.buffer.subarray(e.offset, e.offset + e.length), e.df, e.positional),
        );
      }
      this.postings.set(token, p);
    }
    return p;
  }

  /**
   * A query run's terms, cached by run (most recent {@link RUN_CACHE} runs): typing repeats the
   * same runs, and a prefix word's expansion and merged postings or a word-variant union cost
   * more than the ranking itself.
   */
  private resolveRun(run: QueryRun, docCount: number): Promise<ResolvedRun | null> {
    const key = run.kind === "word" ? `w${run.prefix ? "*" : ""}:${run.text}` : `c:${run.text}`;
    let p = this.runs.get(key);
    if (p) this.runs.delete(key);
    else {
      const computed = this.computeRun(run, docCount);
      // A failed fetch is not remembered: the next search tries again.
      computed.catch(() => this.runs.get(key) === computed && this.runs.delete(key));
      p = computed;
    }
    this.runs.set(key, p);
    if (this.runs.size > RUN_CACHE) this.runs.delete(this.runs.keys().next().value!);
    return p.then((terms) => terms && { run, terms });
  }

  private async computeRun(run: QueryRun, docCount: number): Promise<Term[] | null> {
    const idf = (df: number) => Math.log(1 + docCount / Math.max(1, df));
    if (run.kind === "word") {
      const shard = await this.shardFor(wordShardKey(run.text));
      const tokens = run.prefix
        ? [...shard.entries.keys()].filter((t) => t.startsWith(run.text)).sort(cmpStr)
        : shard.entries.has(run.text)
          ? [run.text]
          : [];
      if (tokens.length === 0) return null;
      const lists = await Promise.all(tokens.map((t) => this.tokenPostings(shard, t)));
      const found = lists.filter((l): l is Postings => l !== null);
      const postings = unionPostings(found);
      return [{ postings, idf: idf(postings.docs.length), tier: null, spans: wordSpans(found) }];
    }
    if (!run.variants && [...run.text].length < 4) {
      const terms = await this.resolveForm(run, idf);
      if (!terms || new Set(run.tokens).size < 2) return terms;
      // Several bigrams: intersect them and check contiguity once, so a repeated run (the same
      // word while typing on, a filter change, "show more") costs one pass over one list.
      const matched = wholeWordOnly(run.text, formMatches(terms));
      if (matched.postings.docs.length === 0) return null;
      return [
        {
          postings: matched.postings,
          idf: idf(matched.postings.docs.length),
          tier: matched.tier,
          ...(matched.spans ? { spans: matched.spans } : {}),
        },
      ];
    }
    // Each form (the run, its word variants) is matched on its own, and so are the parts of a
    // compound (リソース管理 → リソース + 管理); then all are merged into one term.
    const forms = cjkForms(run);
    const direct = await Promise.all(forms.map((f) => this.formMatchesAsWritten(f, idf)));
    const matched = direct.flatMap((d) => d.matches);
    // The compound's parts: where it breaks (scripts, bigrams the index lacks); when it breaks
    // nowhere and no form matches as written, at every point (バックアップリストア → バックアップ +
    // リストア). Each part also in its katakana forms (ワーカノード → ワーカー + ノード).
    const splits = direct.map((d) => compoundParts(d.form.text, d.absent)).filter((p) => p.length);
    // A katakana compound is always tried split too: one part may be written with a long vowel
    // the query leaves out (マスタノード → マスターノード).
    const anywhere = !splits.length && !matched.some((m) => m.tier.includes(EXACT));
    for (const { form } of direct)
      if (anywhere || (!splits.length && isKatakanaWord(form.text))) {
        const chars = [...form.text];
        if (chars.length < 4 || chars.length > SPLIT_ANYWHERE_MAX) continue;
        // Katakana parts of two characters (スケ + ール) are found in too many other words.
        const min = isKatakanaWord(form.text) ? 3 : 2;
        for (let i = min; i <= chars.length - min; i++)
          splits.push([chars.slice(0, i).join(""), chars.slice(i).join("")]);
      }
    const compounds = (
      await Promise.all(splits.map((parts) => this.compoundMatches(parts, idf)))
    ).filter((m) => m !== null);
    // A compound's parts apart are only a fallback: shown when nothing holds them together.
    const together = [...matched, ...compounds].some((m) => m.tier.some((t) => t > PARTIAL));
    matched.push(...(together ? compounds.map((m) => atLeast(m, NEAR)) : compounds));
    if (matched.length === 0) return null;
    const { postings, tier, spans } = matched.length === 1 ? matched[0]! : unionForms(matched);
    if (postings.docs.length === 0) return null;
    return [{ postings, idf: idf(postings.docs.length), tier, ...(spans ? { spans } : {}) }];
  }

  /** A CJK form's matches as written (exact, or its bigrams apart), and the bigrams the index lacks. */
  private async formMatchesAsWritten(
    form: CjkForm,
    idf: (df: number) => number,
  ): Promise<{ form: CjkForm; matches: TieredPostings[]; absent: Set<string> }> {
    const unique = [...new Set(form.tokens)];
    const found = await Promise.all(
      unique.map(async (t) => [t, await this.tokenPostings(await this.shardFor(t), t)] as const),
    );
    const absent = new Set(found.filter(([, p]) => p === null).map(([t]) => t));
    if (absent.size) return { form, matches: [], absent };
    const terms = (await this.resolveForm(form, idf))!;
    if (unique.length < 2) {
      const postings = terms[0]!.postings;
      return {
        form,
        matches: [
          {
            postings,
            tier: new Uint8Array(postings.docs.length).fill(EXACT),
            spans: (id) => {
              const slot = slotOf(postings, id);
              return slot < 0 ? [] : tokenSpans(postings, slot, 2);
            },
          },
        ],
        absent,
      };
    }
    return { form, matches: [wholeWordOnly(form.text, formMatches(terms))], absent };
  }

  /**
   * Sections holding every part of a compound, each part in one of its katakana forms or as the
   * English word notes write for it (상태 as "state", see english-terms.ts); null when one is missing.
   */
  private async compoundMatches(
    parts: readonly string[],
    idf: (df: number) => number,
  ): Promise<TieredPostings | null> {
    const occurrences = await Promise.all(
      parts.map(async (p) => {
        const [forms, english] = await Promise.all([
          Promise.all(
            [p, ...katakanaVariants(p)].map((f) =>
              this.resolveForm({ text: f, tokens: bigrams(f) }, idf),
            ),
          ),
          this.wordOccurrences(englishForms(p).flatMap(inflections)),
        ]);
        const found = forms.filter((f) => f !== null);
        const occ = found.length ? partOccurrences(found) : (new Map() as PartOccurrences);
        mergeOccurrences(occ, english);
        return occ.size ? occ : null;
      }),
    );
    if (!occurrences.every((o) => o !== null)) return null;
    return partsMatches(occurrences as PartOccurrences[]);
  }

  /** Where each of these whole words occurs, section by section (a word is one position wide). */
  private async wordOccurrences(words: readonly string[]): Promise<PartOccurrences> {
    const out: PartOccurrences = new Map();
    const lists = await Promise.all(
      words.map(async (w) => this.tokenPostings(await this.shardFor(wordShardKey(w)), w)),
    );
    for (const list of lists) {
      if (!list) continue;
      const found: PartOccurrences = new Map();
      list.docs.forEach((id, i) => {
        const spans = tokenSpans(list, i, 1);
        if (!spans) return;
        const pairs: [number, number][] = [];
        for (let k = 0; k < spans.length; k += 2) pairs.push([spans[k]!, spans[k + 1]!]);
        found.set(id, { spans: pairs, tf: list.tf[i]!, heading: list.heading[i]! });
      });
      mergeOccurrences(out, found);
    }
    return out;
  }

  /** The terms of a CJK form's tokens, in order (repeats kept); null when a token is missing. */
  private async resolveForm(form: CjkForm, idf: (df: number) => number): Promise<Term[] | null> {
    const unique = [...new Set(form.tokens)];
    const resolved = await Promise.all(
      unique.map(async (t) => {
        const postings = await this.tokenPostings(await this.shardFor(t), t);
        return postings
          ? ([t, { postings, idf: idf(postings.docs.length), tier: null }] as const)
          : null;
      }),
    );
    if (resolved.some((r) => r === null)) return null;
    const byToken = new Map(resolved.filter((r) => r !== null));
    return form.tokens.map((t) => byToken.get(t)!);
  }

  facets(): Promise<Facets> {
    this.facetsPromise ??= this.manifest().then(async (m) =>
      v.parse(facetsSchema, await this.source.json(m.facets)),
    );
    return this.facetsPromise;
  }

  private async filterFn(
    filters: SearchFilters | undefined,
  ): Promise<((id: number) => boolean) | null> {
    const wanted = filters?.categories?.filter(Boolean) ?? [];
    const langs = filters?.langs ?? [];
    const tags = filters?.tags?.filter(Boolean) ?? [];
    if (!wanted.length && !langs.length && !tags.length) return null;
    const [f, m] = await Promise.all([this.facets(), this.manifest()]);
    const lists = m.facetLists;
    const catOk = lists.categories.map((c) => wanted.some((w) => c === w || areaOf(c) === w));
    const langSet = new Set(langs.map((l) => lists.langs.indexOf(l)));
    const tagSet = new Set(tags.map((t) => lists.tags.indexOf(t)));
    const groupOk = f.groups.map(
      ([, lang, cats, t]) =>
        (!langs.length || langSet.has(lang)) &&
        (!wanted.length || cats.some((x) => catOk[x])) &&
        (!tags.length || t.some((x) => tagSet.has(x))),
    );
    const starts = f.groups.map((g) => g[0]);
    return (id: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= id) lo = mid;
        else hi = mid - 1;
      }
      return groupOk[lo] ?? false;
    };
  }

  /**
   * Ranked section ids for a parsed query, best first, with counts. With alternatives (`A OR B`)
   * a section counts once, at the best rank any clause gives it; a section holding an excluded
   * run (`-B`, as a whole word or contiguous CJK run) is left out.
   */
  async rank(query: ParsedQuery, options: SearchOptions = {}): Promise<Ranked> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const none: Ranked = { total: 0, exactTotal: 0, top: [] };
    if (query.clauses.length === 0) return none;
    const m = await this.manifest();
    const [filter, excluded] = await Promise.all([
      this.filterFn(options.filters),
      this.excludedIds(query.exclude, m.docCount),
    ]);
    const keep =
      excluded.size === 0
        ? filter
        : (id: number) => !excluded.has(id) && (filter === null || filter(id));
    if (query.clauses.length === 1)
      return this.rankClause(query.clauses[0]!, query.joins[0] ?? [], keep, limit, m.docCount);
    // Alternatives: every match of every clause, merged by section.
    const ranked = await Promise.all(
      query.clauses.map((c, i) =>
        this.rankClause(c, query.joins[i] ?? [], keep, Infinity, m.docCount),
      ),
    );
    const best = new Map<number, Candidate>();
    for (const r of ranked)
      for (const c of r.top) {
        const cur = best.get(c.id);
        if (!cur || better(c, cur)) best.set(c.id, c);
      }
    const all = [...best.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    return {
      total: all.length,
      exactTotal: all.filter((c) => c.tier > PARTIAL).length,
      top: limit > 0 ? all.slice(0, limit) : [],
    };
  }

  /** Sections holding any of these runs as written (a whole word, a contiguous CJK run). */
  private async excludedIds(runs: readonly QueryRun[], docCount: number): Promise<Set<number>> {
    const out = new Set<number>();
    const resolved = await Promise.all(runs.map((r) => this.resolveRun(r, docCount)));
    for (const r of resolved) {
      if (!r) continue;
      if (r.terms.length === 1) {
        const t = r.terms[0]!;
        t.postings.docs.forEach((id, i) => {
          if (!t.tier || t.tier[i] === EXACT) out.add(id);
        });
      } else {
        // Repeated bigrams (ーーー): every section holding them all.
        const { postings, tier } = formMatches(r.terms);
        postings.docs.forEach((id, i) => tier[i] === EXACT && out.add(id));
      }
    }
    return out;
  }

  /**
   * Ranks one clause: sections holding every run, and the runs of each join together (a phrase
   * always; a word typed against a CJK run unless no section has them together, see
   * {@link RunJoin}). `limit` Infinity keeps every match.
   */
  private async rankClause(
    clause: readonly QueryRun[],
    joins: readonly RunJoin[],
    keep: ((id: number) => boolean) | null,
    limit: number,
    docCount: number,
  ): Promise<Ranked> {
    const none: Ranked = { total: 0, exactTotal: 0, top: [] };
    const runs = await Promise.all(clause.map((r) => this.resolveRun(r, docCount)));
    if (runs.length === 0 || runs.some((r) => r === null)) return none;
    const resolved = runs as ResolvedRun[];
    const distinct = [...new Set(resolved.flatMap((r) => r.terms))];
    distinct.sort((a, b) => a.postings.docs.length - b.postings.docs.length);
    const termIndex = new Map(distinct.map((t, i) => [t, i]));
    // Per run: indexes of its terms in `distinct` (in run order, repeats kept).
    const runTerms = resolved.map((r) => r.terms.map((t) => termIndex.get(t)!));
    const runIsCjk = resolved.map((r) => r.run.kind === "cjk" && r.terms.length > 1);
    const runTermObjects = runTerms.map((idx) => idx.map((k) => distinct[k]!));
    const nTerms = distinct.length;
    const cursor = new Int32Array(nTerms);
    const slot = new Int32Array(nTerms);
    const runSlots: number[] = [];
    const driver = distinct[0]!.postings.docs;
    const top: Candidate[] = [];
    // With joins every match is kept, so the ones with a word far from its CJK run can be left
    // out when another section has them together.
    const keepAll = limit === Infinity || joins.length > 0;
    const apart = new Set<number>();
    const spansOfRun = (r: number, id: number): number[] | null => {
      const terms = runTermObjects[r]!;
      if (runIsCjk[r]) {
        runSlots.length = 0;
        for (const k of runTerms[r]!) runSlots.push(slot[k]!);
        return occurrenceStarts(terms, runSlots).flatMap((st) => [st, st + terms.length + 1]);
      }
      const t = terms[0]!;
      if (t.spans) return t.spans(id);
      return tokenSpans(t.postings, slot[runTerms[r]![0]!]!, 2);
    };
    let total = 0;
    let exactTotal = 0;
    outer: for (let i = 0; i < driver.length; i++) {
      const id = driver[i]!;
      slot[0] = i;
      for (let k = 1; k < nTerms; k++) {
        const docs = distinct[k]!.postings.docs;
        const at = seek(docs, cursor[k]!, id);
        cursor[k] = at;
        if (at >= docs.length) break outer;
        if (docs[at] !== id) continue outer;
        slot[k] = at;
      }
      if (keep && !keep(id)) continue;
      let tier = EXACT;
      let headingMatches = 0;
      for (let r = 0; r < runTerms.length; r++) {
        const idx = runTerms[r]!;
        if (tier > PARTIAL && runIsCjk[r]) {
          runSlots.length = 0;
          for (const k of idx) runSlots.push(slot[k]!);
          if (!runIsExact(runTermObjects[r]!, runSlots)) tier = PARTIAL;
        } else if (tier > PARTIAL) {
          const flags = distinct[idx[0]!]!.tier;
          if (flags) tier = Math.min(tier, flags[slot[idx[0]!]!]!);
        }
        let inHeading = true;
        for (const k of idx) if (distinct[k]!.postings.heading[slot[k]!] !== 1) inHeading = false;
        if (inHeading) headingMatches++;
      }
      let isApart = false;
      for (const j of joins) {
        const state = joinState(spansOfRun(j.a, id), spansOfRun(j.b, id), j.gap);
        if (state === "apart") {
          if (j.strict) continue outer;
          isApart = true;
          tier = PARTIAL;
        } else if (state === "near") tier = Math.min(tier, NEAR);
      }
      if (isApart) apart.add(id);
      let score = 0;
      for (let k = 0; k < nTerms; k++) {
        const t = distinct[k]!;
        score += t.idf * (1 + Math.log(t.postings.tf[slot[k]!]!));
      }
      total++;
      if (tier > PARTIAL) exactTotal++;
      if (keepAll) {
        top.push({ id, tier, headingMatches, score });
        continue;
      }
      if (limit <= 0) continue;
      const last = top[top.length - 1];
      if (top.length >= limit && last && !betterThan(tier, headingMatches, score, id, last))
        continue;
      const c: Candidate = { id, tier, headingMatches, score };
      if (top.length < limit) top.push(c);
      else top[limit - 1] = c;
      for (let k = top.length - 1; k > 0 && better(top[k]!, top[k - 1]!); k--) {
        [top[k], top[k - 1]] = [top[k - 1]!, top[k]!];
      }
    }
    if (joins.length === 0) return { total, exactTotal, top };
    const together = top.length > apart.size;
    const kept = together ? top.filter((c) => !apart.has(c.id)) : top;
    kept.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    return {
      total: kept.length,
      exactTotal: kept.filter((c) => c.tier > PARTIAL).length,
      top: limit === Infinity ? kept : limit > 0 ? kept.slice(0, limit) : [],
    };
  }

  private chunk(i: number): Promise<DocChunk> {
    let p = this.chunks.get(i);
    if (!p) {
      p = this.manifest().then(async (m) =>
        v.parse(
          docChunkSchema,
          await this.source.json(`d/${i}.${blockHash(m.docs.hashes, i)}.json`),
        ),
      );
      this.chunks.set(i, p);
    }
    return p;
  }

  /** The stored sections with these ids. */
  async docs(ids: readonly number[]): Promise<SearchDoc[]> {
    await this.manifest();
    return Promise.all(
      ids.map(async (id) => {
        const c = await this.chunk(Math.floor(id / DOC_SLOTS));
        const doc = c.docs[id - c.first];
        if (!doc) throw new Error(`search index has no section ${id}`);
        return doc;
      }),
    );
  }

  /**
   * A spelling of the query that the index knows, when a Latin word of {@link TYPO_MIN} or more
   * letters matches nothing: each such word becomes the indexed word closest to it (Levenshtein
   * distance by fastest-levenshtein, as link suggestions use: at most one edit, two from 7
   * letters), the more frequent on a tie. The candidates are the words of the shard the word
   * belongs to and of every shard already loaded. Null when nothing is close.
   */
  async correction(query: string, parsed: ParsedQuery): Promise<string | null> {
    const m = await this.manifest();
    const words = [...parsed.runs, ...parsed.exclude].filter(
      (r): r is Extract<QueryRun, { kind: "word" }> =>
        r.kind === "word" && [...(r.typed ?? r.text)].length >= TYPO_MIN,
    );
    const fixes = new Map<string, string>();
    for (const run of words) {
      if (await this.resolveRun(run, m.docCount)) continue;
      const typed = run.typed ?? run.text;
      await this.shardFor(wordShardKey(run.text));
      const shards = await Promise.all(this.shards.values());
      const limit = [...typed].length >= 7 ? 2 : 1;
      let best: { token: string; distance: number; df: number } | null = null;
      for (const shard of shards)
        for (const [token, entry] of shard.entries) {
          if (isCjk(token.codePointAt(0)!) || Math.abs(token.length - typed.length) > limit)
            continue;
          const d = distance(typed, token);
          if (d > limit || d === 0) continue;
          if (!best || d < best.distance || (d === best.distance && entry.df > best.df))
            best = { token, distance: d, df: entry.df };
        }
      if (best) fixes.set(typed, best.token);
    }
    if (fixes.size === 0) return null;
    // The query as typed, each misspelt word run (as the tokeniser reads it) replaced; operators
    // (OR, -word) are left as they are, so the corrected query means what the typed one did.
    const fixRuns = (segment: string) => {
      const text = normalizeText(segment);
      let out = "";
      let at = 0;
      for (const r of scanRuns(text)) {
        const fix = r.kind === "word" ? fixes.get(text.slice(r.start, r.end)) : undefined;
        if (fix === undefined) continue;
        out += text.slice(at, r.start) + fix;
        at = r.end;
      }
      return at === 0 ? segment : out + text.slice(at);
    };
    return query
      .split(/(\s+)/)
      .map((part) =>
        /^\s*$/.test(part) || part === "OR"
          ? part
          : /^[-－]/.test(part)
            ? part[0] + fixRuns(part.slice(1))
            : fixRuns(part),
      )
      .join("");
  }

  /**
   * Searches and returns ranked sections with snippets and highlight ranges. When nothing matches
   * and a misspelt Latin word has a close indexed spelling, the results are those of the corrected
   * query, and `corrected` says so (the page shows "Showing results for …").
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    let parsed = parseQuery(query);
    let ranked = await this.rank(parsed, options);
    let corrected: string | null = null;
    if (ranked.total === 0) {
      const fixed = await this.correction(query, parsed);
      if (fixed) {
        const again = parseQuery(fixed);
        const r = await this.rank(again, options);
        if (r.total > 0) {
          parsed = again;
          ranked = r;
          corrected = fixed;
        }
      }
    }
    const { total, exactTotal } = ranked;
    const fetched = await this.docs(ranked.top.map((c) => c.id));
    const order = preferSameScript(corrected ?? query, ranked.top, fetched, options.lang);
    const top = order.map((i) => ranked.top[i]!);
    const docs = order.map((i) => fetched[i]!);
    const results: SearchHit[] = top.map((c, i) => {
      const doc = docs[i]!;
      return toHit(doc, c, parsed);
    });
    const response: SearchResponse = corrected
      ? { query, total, exactTotal, results, corrected }
      : { query, total, exactTotal, results };
    if (options.otherLanguages) {
      const also = await this.otherLanguages(
        corrected ?? query,
        new Set(ranked.top.map((c) => c.id)),
        options,
      );
      if (also) response.otherLanguages = also;
    }
    return response;
  }

  /**
   * The query's concept in the other languages of the notes (lib/search/concepts.ts): sections in
   * those languages that hold one of its forms there, leaving out what the direct results show.
   * Null when the query is not a concept or nothing is found.
   */
  private async otherLanguages(
    query: string,
    shown: ReadonlySet<number>,
    options: SearchOptions,
  ): Promise<SearchResponse["otherLanguages"] | null> {
    const langs = otherLanguageForms(query);
    if (langs.length === 0) return null;
    const limit = options.otherLanguages ?? 0;
    const wanted: readonly string[] = options.filters?.langs ?? [];
    const forms = langs
      .flatMap((l) =>
        l.forms.map((form) => ({
          form,
          langs: l.langs.filter((x) => wanted.length === 0 || wanted.includes(x)) as Lang[],
        })),
      )
      .filter((f) => f.langs.length > 0);
    const best = new Map<number, { c: Candidate; form: string }>();
    for (const { form, langs: formLangs } of forms) {
      const r = await this.rank(parseQuery(form), {
        limit,
        filters: { ...options.filters, langs: formLangs },
      });
      for (const c of r.top) {
        if (shown.has(c.id) || c.tier === PARTIAL) continue;
        const cur = best.get(c.id);
        if (!cur || better(c, cur.c)) best.set(c.id, { c, form });
      }
    }
    if (best.size === 0) return null;
    const top = [...best.values()]
      .sort((a, b) => (better(a.c, b.c) ? -1 : better(b.c, a.c) ? 1 : 0))
      .slice(0, limit);
    const docs = await this.docs(top.map((t) => t.c.id));
    return {
      // Forms that search the same (监控 and 監控 fold together) are named once.
      forms: [...new Map(forms.map((f) => [parseQuery(f.form).normalized, f.form])).values()],
      total: best.size,
      results: top.map(({ c, form }, i) => {
        const doc = docs[i]!;
        const parsed = parseQuery(form);
        return toHit(doc, c, parsed);
      }),
    };
  }
}

/** Latin words at least this long get a spelling correction when they match nothing. */
export const TYPO_MIN = 5;

/** How much more a section counts when it holds the query as typed (same script, same kana). */
const SAME_FORM_BOOST = 1.15;
/** How much more a section in the reader's UI language counts. */
const UI_LANG_BOOST = 1.02;

/**
 * The order of ranked sections once the script is taken into account: the index folds
 * Traditional and Simplified Chinese (and kana width) together, so a zh-Hans query finds the zh-Hant
 * twin of a page with the same score. The section that holds each query term as typed, then the
 * one in the reader's UI language, comes first among near-equals.
 */
function preferSameScript(
  query: string,
  top: readonly Candidate[],
  docs: readonly SearchDoc[],
  uiLang?: string,
): number[] {
  const terms = query
    .normalize("NFKC")
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^["“「『]+|["”」』]+$/g, ""))
    .filter((t) => t && !t.startsWith("-") && t !== "or");
  const weight = top.map((c, i) => {
    const text = docs[i]!.text.normalize("NFKC").toLowerCase();
    const same = terms.length > 0 && terms.every((t) => text.includes(t));
    return (
      c.score *
      (same ? SAME_FORM_BOOST : 1) *
      (uiLang && docs[i]!.lang === uiLang ? UI_LANG_BOOST : 1)
    );
  });
  // A section whose heading is the query itself is what a reader who remembers it looks for.
  const asHeading = headingKey(query);
  const isHeading = docs.map((d) => asHeading !== "" && headingKey(d.heading) === asHeading);
  return top
    .map((_, i) => i)
    .sort((a, b) => {
      const x = top[a]!;
      const y = top[b]!;
      if (x.tier !== y.tier) return y.tier - x.tier;
      if (isHeading[a] !== isHeading[b]) return isHeading[a] ? -1 : 1;
      if (x.headingMatches !== y.headingMatches) return y.headingMatches - x.headingMatches;
      return weight[b]! - weight[a]! || a - b;
    });
}

/** A heading or query as compared for "is this the heading": normalised, letters and digits only. */
export function headingKey(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

/** A ranked section as a result: its snippet and heading with the query's matches marked. */
function toHit(doc: SearchDoc, c: Candidate, parsed: ParsedQuery): SearchHit {
  const { ranges, snippet } = highlightSection(doc.text, doc.headingEnd, parsed);
  return {
    doc,
    id: c.id as DocId,
    exact: c.tier > PARTIAL,
    near: c.tier === NEAR,
    score: c.score,
    headingMatches: c.headingMatches,
    ranges,
    snippet,
    headingParts: toParts(
      doc.text,
      ranges,
      Math.max(0, doc.text.indexOf(doc.heading)),
      headingSpan(doc),
    ),
  };
}

function headingSpan(doc: SearchDoc): number {
  const at = doc.text.indexOf(doc.heading);
  return at < 0 ? 0 : at + doc.heading.length;
}
