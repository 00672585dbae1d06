import matter from "gray-matter";
import yaml from "js-yaml";
import { parse as parseToml } from "smol-toml";
import type { Reporter } from "./diagnostics";
import { langOfTag } from "./paths";
import { describeUnsafe, safeValues } from "./safe-text";
import { frontmatterSchema, type Frontmatter } from "./schema";
import { isLang, LANGS } from "./types";
import { parseIsoDay } from "./iso-day";

export { parseIsoDay };

/** Frontmatter blocks bigger than this are not parsed (no real note needs more). */
export const MAX_FRONTMATTER_BYTES = 64 * 1024;

export interface FrontmatterResult {
  data: Frontmatter;
  /** The body after the frontmatter block. */
  body: string;
  /** Number of lines before the body starts (add to body line numbers for file lines). */
  bodyLineOffset: number;
  /** The date as a valid ISO day, when it is one. */
  isoDate: string | null;
  /** The date exactly as written, when there is one. */
  dateText: string | null;
}

const yamlEngine = (source: string): object => {
  // CORE_SCHEMA keeps dates as text (we validate them ourselves) and has no custom tags.
  const value = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: true });
  return value && typeof value === "object" ? value : {};
};
const tomlEngine = (source: string): object => parseToml(source);

/** Finds the frontmatter block at the start of the text: `---` YAML or `+++` TOML (Hugo). */
function splitBlock(text: string): { kind: "yaml" | "toml"; closed: boolean; end: number } | null {
  const first = /^(---|\+\+\+)[ \t]*(?:\n|$)/.exec(text);
  if (!first) return null;
  const fence = first[1] === "+++" ? "\\+\\+\\+" : "(?:---|\\.\\.\\.)";
  const close = new RegExp(`\\n${fence}[ \\t]*(?:\\n|$)`).exec(text.slice(first[0].length - 1));
  if (!close) return { kind: first[1] === "+++" ? "toml" : "yaml", closed: false, end: 0 };
  return {
    kind: first[1] === "+++" ? "toml" : "yaml",
    closed: true,
    end: first[0].length - 1 + close.index + close[0].length,
  };
}

const countLines = (s: string) => (s.match(/\n/g) ?? []).length;

/** Line (1-based, in the file) of `key:` / `key =` inside the frontmatter block. */
function keyLine(block: string, key: string): number | null {
  const lines = block.split("\n");
  const re = new RegExp(`^\\s*${key}\\s*[:=]`);
  const i = lines.findIndex((l) => re.test(l));
  return i < 0 ? null : i + 1;
}

/** Frontmatter fields that set a note's place in its folder, in the order they are read. */
const ORDER_KEYS = ["weight", "sidebar_position", "nav_order", "order"] as const;

function toStringList(
  value: unknown,
  key: "tags" | "categories" | "taxonomy",
  line: number | null,
  reporter: Reporter,
): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") {
    const parts = value
      .split(/[,、，]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length > 1) {
      reporter.warn(
        `frontmatter/${key}-string`,
        line,
        `${key} is one string "${value}"; split at the commas into ${parts.length} ${key}. Write it as a YAML list (${key}: [${parts.join(", ")}]) to silence this.`,
      );
    }
    return parts;
  }
  if (Array.isArray(value)) {
    const out: string[] = [];
    const bad: unknown[] = [];
    for (const item of value) {
      if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") {
        const s = String(item).trim();
        if (s) out.push(s);
      } else bad.push(item);
    }
    // One diagnostic per field, however many entries are wrong (a YAML alias bomb has billions).
    if (bad.length === 1) {
      reporter.warn(
        `frontmatter/${key}-item`,
        line,
        `an entry of ${key} is not text (it is ${bad[0] === null ? "empty" : typeof bad[0]}); it is left out. Write each entry as plain text.`,
      );
    } else if (bad.length > 1) {
      reporter.warn(
        `frontmatter/${key}-item`,
        line,
        `${bad.length} entries of ${key} are not text (lists, mappings or empty); they are left out. Write each entry as plain text.`,
      );
    }
    return out;
  }
  reporter.warn(
    `frontmatter/${key}-type`,
    line,
    `${key} must be a list of text, not ${typeof value}; it is ignored. Write ${key}: [a, b].`,
  );
  return undefined;
}

/**
 * The file line where a flow collection (`[` or `{`) that is still open at `upTo` was opened, or
 * null. Quoted text and comments are skipped. Lines are 0-based lines of `lines`.
 */
function unclosedFlowLine(lines: readonly string[], upTo: number): number | null {
  const opened: number[] = [];
  for (let n = 0; n <= upTo && n < lines.length; n++) {
    const line = lines[n]!;
    let quote: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quote) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "#" && (i === 0 || /\s/.test(line[i - 1]!))) break;
      else if (ch === "[" || ch === "{") opened.push(n);
      else if ((ch === "]" || ch === "}") && opened.length) opened.pop();
    }
  }
  return opened.length ? opened[0]! : null;
}

/**
 * The file line of a YAML (js-yaml `mark`, 0-based) or TOML (smol-toml `line`, 1-based) parse
 * error, and its reason without the parser's own line:column (which counts from the fence). The
 * parsed text starts right after the opening fence, so its first line is the fence's line. A flow
 * list or mapping left open is reported where it was opened, not where the parser gave up.
 */
function parseErrorLine(error: unknown, rawBlock: string): { line: number; reason: string } {
  const e = error as {
    mark?: { line?: unknown };
    reason?: unknown;
    line?: unknown;
    message?: unknown;
  };
  const message = typeof e.message === "string" ? (e.message.split("\n")[0] ?? "") : "invalid";
  const reason =
    typeof e.reason === "string" && e.reason
      ? e.reason
      : message.replace(/\s*\(\d+:\d+\)$/, "") || "invalid";
  if (typeof e.mark?.line === "number") {
    const markLine = e.mark.line;
    if (/flow collection/.test(reason)) {
      const opened = unclosedFlowLine(rawBlock.split("\n"), markLine);
      if (opened !== null && opened < markLine) {
        return {
          line: opened + 1,
          reason: `${reason}: the ${bracketOn(rawBlock, opened)} on this line is never closed`,
        };
      }
    }
    return { line: markLine + 1, reason };
  }
  if (typeof e.line === "number" && e.line >= 1) return { line: e.line, reason };
  return { line: 1, reason };
}

/** The first opening bracket on a line of the block, for messages. */
function bracketOn(rawBlock: string, line: number): string {
  const text = rawBlock.split("\n")[line] ?? "";
  return /[[{]/.exec(text)?.[0] ?? "[";
}

/**
 * Reads the frontmatter tolerantly: a wrong value is reported and kept as well as it can be, and
 * never stops the note from being built.
 */
export function readFrontmatter(text: string, reporter: Reporter): FrontmatterResult {
  const empty: FrontmatterResult = {
    data: {},
    body: text,
    bodyLineOffset: 0,
    isoDate: null,
    dateText: null,
  };
  const block = splitBlock(text);
  if (!block) return empty;
  if (!block.closed) {
    reporter.warn(
      "frontmatter/unclosed",
      1,
      `the file starts with a frontmatter fence (${text.slice(0, 3)}) that is never closed; the whole file is shown as text. Add a closing ${text.slice(0, 3)} line after the frontmatter.`,
    );
    return empty;
  }
  const rawBlock = text.slice(0, block.end);
  const body = text.slice(block.end);
  const bodyLineOffset = countLines(rawBlock);
  const base = { ...empty, body, bodyLineOffset };
  if (rawBlock.length > MAX_FRONTMATTER_BYTES) {
    reporter.warn(
      "frontmatter/too-large",
      1,
      `the frontmatter is ${Math.round(rawBlock.length / 1024)} KB, over the ${MAX_FRONTMATTER_BYTES / 1024} KB limit; it is ignored. Keep frontmatter to a few fields.`,
    );
    return base;
  }

  let raw: Record<string, unknown>;
  try {
    const parsed = matter(text.slice(0, block.end), {
      delimiters: block.kind === "toml" ? "+++" : "---",
      language: block.kind,
      engines: { yaml: yamlEngine, toml: tomlEngine },
    });
    raw = (parsed.data ?? {}) as Record<string, unknown>;
  } catch (error) {
    const where = parseErrorLine(error, rawBlock);
    reporter.warn(
      "frontmatter/invalid",
      where.line,
      `the frontmatter is not valid ${block.kind.toUpperCase()} (${where.reason}); it is ignored and the note is built from its text. Fix the ${block.kind.toUpperCase()} syntax (quote values that contain ": " or start with [ or {).`,
    );
    return base;
  }
  if (Array.isArray(raw) || typeof raw !== "object") {
    reporter.warn(
      "frontmatter/not-a-mapping",
      1,
      `the frontmatter is a ${Array.isArray(raw) ? "list" : typeof raw}, not key: value pairs; it is ignored. Write one field per line, such as title: "…".`,
    );
    raw = {};
  }

  const fm: Record<string, unknown> = {};
  const lineOf = (key: string) => keyLine(rawBlock, key);
  raw = safeValues(raw, (key, found) =>
    reporter.warn(
      "frontmatter/unsafe-text",
      lineOf(key),
      `${key} holds characters a page cannot show as written: ${describeUnsafe(found)}. Delete them (or their escapes) from the frontmatter.`,
    ),
  );

  // title
  if (raw.title !== undefined && raw.title !== null) {
    if (typeof raw.title === "string") {
      if (raw.title.trim()) fm.title = raw.title;
    } else if (typeof raw.title === "number" || typeof raw.title === "boolean") {
      fm.title = String(raw.title);
      reporter.warn(
        "frontmatter/title-type",
        lineOf("title"),
        `title is a ${typeof raw.title} (${String(raw.title)}), not text; used as text. Quote it: title: "${String(raw.title)}".`,
      );
    } else {
      reporter.warn(
        "frontmatter/title-type",
        lineOf("title"),
        'title is not text; it is ignored and the title comes from the first heading. Write title: "…".',
      );
    }
  }

  // date
  let isoDate: string | null = null;
  let dateText: string | null = null;
  if (raw.date !== undefined && raw.date !== null) {
    const value = raw.date;
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      isoDate = value.toISOString().slice(0, 10);
      dateText = isoDate;
    } else if (typeof value === "object" && value !== null && "toISOString" in value) {
      dateText = String(value);
      isoDate = parseIsoDay(dateText);
    } else if (typeof value === "string" || typeof value === "number") {
      dateText = String(value);
      isoDate = parseIsoDay(dateText);
    }
    if (dateText === null) {
      reporter.warn(
        "frontmatter/invalid-date",
        lineOf("date"),
        "date is not text; it is ignored. Write YYYY-MM-DD to sort this note by date.",
      );
    } else if (isoDate === null) {
      reporter.warn(
        "frontmatter/invalid-date",
        lineOf("date"),
        `date "${dateText}" is not a date; kept as text. Write YYYY-MM-DD to sort this note by date.`,
      );
    }
    if (dateText !== null) fm.date = dateText;
  }

  const tags = toStringList(raw.tags, "tags", lineOf("tags"), reporter);
  if (tags) fm.tags = tags;
  const categories = toStringList(raw.categories, "categories", lineOf("categories"), reporter);
  if (categories) fm.categories = categories;
  const taxonomy = toStringList(raw.taxonomy, "taxonomy", lineOf("taxonomy"), reporter);
  if (taxonomy) fm.taxonomy = taxonomy;

  if (raw.summary !== undefined && raw.summary !== null) {
    if (typeof raw.summary === "string") fm.summary = raw.summary;
    else
      reporter.warn(
        "frontmatter/summary-type",
        lineOf("summary"),
        'summary is not text; it is ignored. Write summary: "…".',
      );
  }

  for (const key of ["draft", "chapters"] as const) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if (typeof value === "boolean") fm[key] = value;
    else {
      const s = String(value).trim().toLowerCase();
      const truthy = ["true", "yes", "on", "1"].includes(s);
      const falsy = ["false", "no", "off", "0", ""].includes(s);
      if (truthy || falsy) fm[key] = truthy;
      reporter.warn(
        `frontmatter/${key}-type`,
        lineOf(key),
        `${key} is "${String(value)}", not true or false; ${truthy || falsy ? `read as ${truthy}` : "ignored"}. Write ${key}: true or ${key}: false without quotes.`,
      );
    }
  }

  for (const key of ORDER_KEYS) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    const n =
      typeof value === "number"
        ? value
        : typeof value === "string" && value.trim()
          ? Number(value)
          : NaN;
    if (Number.isFinite(n)) {
      fm.order = n;
      break;
    }
    reporter.warn(
      "frontmatter/order-type",
      lineOf(key),
      `${key} is "${String(value)}", not a number; the note is sorted by its name. Write ${key}: 1, 2, 3 … (smaller comes first).`,
    );
  }

  if (raw.translationKey !== undefined && raw.translationKey !== null) {
    if (typeof raw.translationKey === "string" || typeof raw.translationKey === "number") {
      const key = String(raw.translationKey).trim();
      if (key) fm.translationKey = key;
    } else
      reporter.warn(
        "frontmatter/translation-key-type",
        lineOf("translationKey"),
        'translationKey is not text; it is ignored. Give each language version of a note the same text, such as translationKey: "slo".',
      );
  }

  if (raw.lang !== undefined && raw.lang !== null) {
    const s = String(raw.lang).trim();
    const lang = langOfTag(s, { loose: true });
    if (lang) {
      fm.lang = lang;
      if (!isLang(s)) {
        reporter.info(
          "frontmatter/lang-alias",
          lineOf("lang"),
          `lang "${s}" read as ${lang}. Write one of ${LANGS.join(", ")} to silence this.`,
        );
      }
    } else {
      reporter.warn(
        "frontmatter/lang",
        lineOf("lang"),
        `lang "${s}" is not a language Shiori knows; the language is detected from the text. Use one of ${LANGS.join(", ")}.`,
      );
    }
  }

  const checked = frontmatterSchema.safeParse(fm);
  if (!checked.success) {
    reporter.warn(
      "frontmatter/invalid",
      1,
      `the frontmatter has values Shiori cannot use (${checked.error.issues
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ")}); they are ignored.`,
    );
    return { ...base, isoDate, dateText };
  }
  return { data: checked.data, body, bodyLineOffset, isoDate, dateText };
}
