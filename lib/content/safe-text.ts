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
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with lone surrogates replaced by U+FFFD (what the browser would show), controls other
 * than tab and line breaks and bidirectional overrides removed, and CR/CRLF turned into LF.
 */
export function safeText(text: string): SafeText {
  const found: UnsafeTextKind[] = [];
  let out = text;
  if (LONE_SURROGATE.test(out)) {
    found.push("lone surrogate");
    out = out.replace(LONE_SURROGATE, "\ufffd");
  }
  LONE_SURROGATE.lastIndex = 0;
  if (/\r/.test(out)) out = out.replace(/\r\n?/g, "\n");
  if (CONTROL.test(out)) {
    found.push("control character");
    out = out.replace(CONTROL, "");
  }
  CONTROL.lastIndex = 0;
  if (BIDI_OVERRIDE.test(out)) {
    found.push("bidirectional override");
    out = out.replace(BIDI_OVERRIDE, "");
  }
  BIDI_OVERRIDE.lastIndex = 0;
  return { text: out, found };
}

/**
 * A parsed YAML/TOML value with every string (keys included) made safe; `onUnsafe` is called
 * once per top-level key whose value held unsafe text, with the kinds found there.
 */
export function safeValues(
  data: Record<string, unknown>,
  onUnsafe: (key: string, found: readonly UnsafeTextKind[]) => void,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of Object.entries(data)) {
    const found = new Set<UnsafeTextKind>();
    const clean = (v: unknown): unknown => {
      if (typeof v === "string") {
        const s = safeText(v);
        for (const k of s.found) found.add(k);
        return s.text;
      }
      if (Array.isArray(v)) return v.map(clean);
      if (v && typeof v === "object" && !(v instanceof Date)) {
        const o: Record<string, unknown> = {};
        for (const [k, inner] of Object.entries(v)) o[clean(k) as string] = clean(inner);
        return o;
      }
      return v;
    };
    const key = clean(rawKey) as string;
    out[key] = clean(value);
    if (found.size) onUnsafe(key, [...found]);
  }
  return out;
}
