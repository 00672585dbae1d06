import { areaOf } from "./area";
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
  cjkForms,
  parseQuery,
  wordShardKey,
  type CjkForm,
  type ParsedQuery,
  type QueryRun,
} from "./tokenize";
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
   * For a run matched in several forms (word variants): per posting slot, 1 when some form occurs
   * as written. Null for plain tokens, whose runs are checked for contiguity while ranking.
   */
  exact: Uint8Array | null;
}

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
  if (terms.length <= 1) return true;
  const first = terms[0]!.postings;
  const s0 = slots[0]!;
  for (let i = first.posStart![s0]!; i < first.posStart![s0 + 1]!; i++) {
    const p = first.pos![i]!;
    let ok = true;
    for (let k = 1; k < terms.length && ok; k++)
      ok = hasPosition(terms[k]!.postings, slots[k]!, p + k);
    if (ok) return true;
  }
  return false;
}

/**
 * Sections holding every token of one CJK form, as one term: tf of its rarest token, in the
 * heading when every token is, and exact when the tokens occur contiguously (bigram k at p + k).
 */
function formMatches(terms: readonly Term[]): { postings: Postings; exact: Uint8Array } {
  const distinct = [...new Set(terms)].sort(
    (a, b) => a.postings.docs.length - b.postings.docs.length,
  );
  const driver = distinct[0]!.postings;
  const n = driver.docs.length;
  const docs = new Int32Array(n);
  const tf = new Int32Array(n);
  const heading = new Uint8Array(n);
  const exact = new Uint8Array(n);
  const cursor = new Int32Array(distinct.length);
  const at = new Int32Array(distinct.length);
  const termSlot = terms.map((t) => distinct.indexOf(t));
  const slots = terms.map(() => 0);
  let k = 0;
  outer: for (let i = 0; i < n; i++) {
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
    docs[k] = id;
    tf[k] = driver.tf[i]!;
    heading[k] = h;
    exact[k] = runIsExact(terms, slots) ? 1 : 0;
    k++;
  }
  return {
    postings: {
      docs: docs.subarray(0, k),
      tf: tf.subarray(0, k),
      heading: heading.subarray(0, k),
      posStart: null,
      pos: null,
    },
    exact: exact.subarray(0, k),
  };
}

/** Union of the matches of several forms of one run; a section is exact when any form is. */
function unionForms(forms: readonly { postings: Postings; exact: Uint8Array }[]): {
  postings: Postings;
  exact: Uint8Array;
} {
  const byDoc = new Map<number, { tf: number; heading: number; exact: number }>();
  for (const f of forms) {
    f.postings.docs.forEach((id, i) => {
      const cur = byDoc.get(id);
      const tf = f.postings.tf[i]!;
      const heading = f.postings.heading[i]!;
      const exact = f.exact[i]!;
      if (!cur) byDoc.set(id, { tf, heading, exact });
      else
        byDoc.set(id, {
          tf: cur.tf + tf,
          heading: cur.heading | heading,
          exact: cur.exact | exact,
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
    exact: Uint8Array.from(ids, (id) => byDoc.get(id)!.exact),
  };
}

interface Candidate {
  id: number;
  exact: boolean;
  headingMatches: number;
  score: number;
}

/** Ranking order: exact before partial, then more runs in the heading, then score, then id. */
function betterThan(
  exact: boolean,
  headingMatches: number,
  score: number,
  id: number,
  b: Candidate,
): boolean {
  if (exact !== b.exact) return exact;
  if (headingMatches !== b.headingMatches) return headingMatches > b.headingMatches;
  if (score !== b.score) return score > b.score;
  return id < b.id;
}

function better(a: Candidate, b: Candidate): boolean {
  return betterThan(a.exact, a.headingMatches, a.score, a.id, b);
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
      .then((raw) => manifestSchema.parse(raw));
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
      const postings = unionPostings(lists.filter((l): l is Postings => l !== null));
      return [{ postings, idf: idf(postings.docs.length), exact: null }];
    }
    if (!run.variants) {
      const terms = await this.resolveForm(run, idf);
      if (!terms || new Set(run.tokens).size < 2) return terms;
      // Several bigrams: intersect them and check contiguity once, so a repeated run (the same
      // word while typing on, a filter change, "show more") costs one pass over one list.
      const { postings, exact } = formMatches(terms);
      if (postings.docs.length === 0) return null;
      return [{ postings, idf: idf(postings.docs.length), exact }];
    }
    // Word variants: each form is matched on its own, then the forms are merged into one term.
    const forms = (await Promise.all(cjkForms(run).map((f) => this.resolveForm(f, idf)))).filter(
      (t) => t !== null,
    );
    if (forms.length === 0) return null;
    const { postings, exact } = unionForms(forms.map(formMatches));
    if (postings.docs.length === 0) return null;
    return [{ postings, idf: idf(postings.docs.length), exact }];
  }

  /** The terms of a CJK form's tokens, in order (repeats kept); null when a token is missing. */
  private async resolveForm(form: CjkForm, idf: (df: number) => number): Promise<Term[] | null> {
    const unique = [...new Set(form.tokens)];
    const resolved = await Promise.all(
      unique.map(async (t) => {
        const postings = await this.tokenPostings(await this.shardFor(t), t);
        return postings
          ? ([t, { postings, idf: idf(postings.docs.length), exact: null }] as const)
          : null;
      }),
    );
    if (resolved.some((r) => r === null)) return null;
    const byToken = new Map(resolved.filter((r) => r !== null));
    return form.tokens.map((t) => byToken.get(t)!);
  }

  facets(): Promise<Facets> {
    this.facetsPromise ??= this.manifest().then(async (m) =>
      facetsSchema.parse(await this.source.json(m.facets)),
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

  /** Ranked section ids for a parsed query, best first, with counts. */
  async rank(
    query: ParsedQuery,
    options: SearchOptions = {},
  ): Promise<{ total: number; exactTotal: number; top: Candidate[] }> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const none = { total: 0, exactTotal: 0, top: [] };
    if (query.runs.length === 0) return none;
    const m = await this.manifest();
    const [runs, keep] = await Promise.all([
      Promise.all(query.runs.map((r) => this.resolveRun(r, m.docCount))),
      this.filterFn(options.filters),
    ]);
    if (runs.some((r) => r === null)) return none;
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
      let exact = true;
      let headingMatches = 0;
      for (let r = 0; r < runTerms.length; r++) {
        const idx = runTerms[r]!;
        if (exact && runIsCjk[r]) {
          runSlots.length = 0;
          for (const k of idx) runSlots.push(slot[k]!);
          exact = runIsExact(runTermObjects[r]!, runSlots);
        } else if (exact) {
          const flags = distinct[idx[0]!]!.exact;
          if (flags) exact = flags[slot[idx[0]!]!] === 1;
        }
        let inHeading = true;
        for (const k of idx) if (distinct[k]!.postings.heading[slot[k]!] !== 1) inHeading = false;
        if (inHeading) headingMatches++;
      }
      let score = 0;
      for (let k = 0; k < nTerms; k++) {
        const t = distinct[k]!;
        score += t.idf * (1 + Math.log(t.postings.tf[slot[k]!]!));
      }
      total++;
      if (exact) exactTotal++;
      if (limit <= 0) continue;
      const last = top[top.length - 1];
      if (top.length >= limit && last && !betterThan(exact, headingMatches, score, id, last))
        continue;
      const c: Candidate = { id, exact, headingMatches, score };
      if (top.length < limit) top.push(c);
      else top[limit - 1] = c;
      for (let k = top.length - 1; k > 0 && better(top[k]!, top[k - 1]!); k--) {
        [top[k], top[k - 1]] = [top[k - 1]!, top[k]!];
      }
    }
    return { total, exactTotal, top };
  }

  private chunk(i: number): Promise<DocChunk> {
    let p = this.chunks.get(i);
    if (!p) {
      p = this.manifest().then(async (m) =>
        docChunkSchema.parse(await this.source.json(`d/${i}.${blockHash(m.docs.hashes, i)}.json`)),
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

  /** Searches and returns ranked sections with snippets and highlight ranges. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const parsed = parseQuery(query);
    const ranked = await this.rank(parsed, options);
    const { total, exactTotal } = ranked;
    const fetched = await this.docs(ranked.top.map((c) => c.id));
    const order = preferSameScript(query, ranked.top, fetched, options.lang);
    const top = order.map((i) => ranked.top[i]!);
    const docs = order.map((i) => fetched[i]!);
    const results: SearchHit[] = top.map((c, i) => {
      const doc = docs[i]!;
      const { ranges, snippet } = highlightSection(doc.text, doc.headingEnd, parsed);
      return {
        doc,
        id: c.id as DocId,
        exact: c.exact,
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
    });
    return { query, total, exactTotal, results };
  }
}

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
  return top
    .map((_, i) => i)
    .sort((a, b) => {
      const x = top[a]!;
      const y = top[b]!;
      if (x.exact !== y.exact) return x.exact ? -1 : 1;
      if (x.headingMatches !== y.headingMatches) return y.headingMatches - x.headingMatches;
      return weight[b]! - weight[a]! || a - b;
    });
}

function headingSpan(doc: SearchDoc): number {
  const at = doc.text.indexOf(doc.heading);
  return at < 0 ? 0 : at + doc.heading.length;
}
