/**
 * Text that reaches the reader the same way on the server and in the browser.
 *
 * YAML escapes can produce strings no HTML page can carry: a lone UTF-16 surrogate (`"\ud800"`)
 * is written into the HTML as U+FFFD but stays a surrogate in the page's RSC payload, so React
 * finds different text when it hydrates (error #418) and throws the server HTML away on every
 * page that shows the title. NUL and the other C0/C1 controls are dropped or changed by the HTML
 * parser in the same way, and the bidirectional overrides (U+202A–U+202E, U+2066–U+2069) make a
 * title read differently from what it says ("Trojan Source"). This module finds and removes them
 * once, where the text enters the model, so every later stage sees well-formed, visible text.
 */

/** What was wrong with a string, in words for a diagnostic. */
export type UnsafeTextKind = "lone surrogate" | "control character" | "bidirectional override";

export interface SafeText {
  text: string;
  /** The kinds found, in first-seen order; empty when the text was already safe. */
  found: UnsafeTextKind[];
}

// Tab, line feed and carriage return are ordinary whitespace and kept (CR/CRLF become LF).
const RULES: readonly { kind: UnsafeTextKind; find: RegExp; replace: string }[] = [
  {
    kind: "lone surrogate",
    find: /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    replace: "\ufffd",
  },
  {
    kind: "control character",
    find: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
    replace: "",
  },
  { kind: "bidirectional override", find: /[\u202a-\u202e\u2066-\u2069]/g, replace: "" },
];

/**
 * The text with lone surrogates replaced by U+FFFD (what the browser would show), controls other
 * than tab and line breaks and bidirectional overrides removed, and CR/CRLF turned into LF.
 */
export function safeText(text: string): SafeText {
  const found: UnsafeTextKind[] = [];
  let out = text.replace(/\r\n?/g, "\n");
  for (const rule of RULES) {
    const next = out.replace(rule.find, rule.replace);
    if (next !== out) found.push(rule.kind);
    out = next;
  }
  return { text: out, found };
}

const WHAT_WAS_DONE: Record<UnsafeTextKind, string> = {
  "lone surrogate": 'a lone surrogate (an escape such as "\\ud800") became U+FFFD',
  "control character": 'control characters (escapes such as "\\u0000" or "\\u0007") were removed',
  "bidirectional override":
    "bidirectional overrides (U+202A–U+202E, U+2066–U+2069, which make text read in another order) were removed",
};

/** What was done about each kind found, in words for a diagnostic: "a lone surrogate … became U+FFFD; …". */
export function describeUnsafe(found: readonly UnsafeTextKind[]): string {
  return found.map((k) => WHAT_WAS_DONE[k]).join("; ");
}

/** True when `safeText` would leave the text as it is (line breaks aside). */
export const isSafeText = (text: string): boolean => safeText(text).found.length === 0;

/**
 * A parsed YAML/TOML value with every string (keys included) made safe; `onUnsafe` is called
 * once per top-level key whose value held unsafe text, with the kinds found there.
 */
export function safeValues(
  data: Record<string, unknown>,
  onUnsafe: (key: string, found: readonly UnsafeTextKind[]) => void,
): Record<string, unknown> {
  // YAML aliases share one value in many places (a "billion laughs" file shares it billions of
  // times): each object is cleaned once and stays shared, so the walk is as big as the file.
  const done = new WeakMap<object, { value: unknown; found: Set<UnsafeTextKind> }>();
  const clean = (v: unknown, found: Set<UnsafeTextKind>): unknown => {
    if (typeof v === "string") {
      const s = safeText(v);
      for (const k of s.found) found.add(k);
      return s.text;
    }
    if (!v || typeof v !== "object" || v instanceof Date) return v;
    const seen = done.get(v);
    if (seen) {
      for (const k of seen.found) found.add(k);
      return seen.value;
    }
    const own = new Set<UnsafeTextKind>();
    if (Array.isArray(v)) {
      const list: unknown[] = [];
      done.set(v, { value: list, found: own });
      for (const item of v) list.push(clean(item, own));
      for (const k of own) found.add(k);
      return list;
    }
    const o: Record<string, unknown> = {};
    done.set(v, { value: o, found: own });
    for (const [k, inner] of Object.entries(v))
      define(o, clean(k, own) as string, clean(inner, own));
    for (const k of own) found.add(k);
    return o;
  };
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of Object.entries(data)) {
    const found = new Set<UnsafeTextKind>();
    const key = clean(rawKey, found) as string;
    define(out, key, clean(value, found));
    if (found.size) onUnsafe(key, [...found]);
  }
  return out;
}

/** Sets an own property, even one named `__proto__`, without touching the prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
