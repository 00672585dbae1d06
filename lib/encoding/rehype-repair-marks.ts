/**
 * rehype plugin: underline the characters the text-fidelity stage reconstructed with low
 * confidence. Works on hast made by remark-rehype from one chapter's Markdown, whose text nodes
 * carry `position.*.offset` into that Markdown; the chapter starts at `offset` in the repaired
 * note text, where the low-confidence offsets point.
 */
import type { Element, ElementContent, Root, Text } from "hast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

export interface RepairMarksOptions {
  /** Offset of the chapter's Markdown in the repaired note text. */
  offset: number;
  /** Low-confidence characters, as offsets in the repaired note text. */
  lowConfidence: readonly { offset: number; length: number }[];
  /** The chapter's Markdown; defaults to the processed file's value. */
  source?: string;
}

export const REPAIR_GUESS_CLASS = "repair-guess";
/** Tailwind utilities so the underline shows without extra CSS (light and dark). */
const UNDERLINE = [
  "underline",
  "decoration-wavy",
  "decoration-amber-600",
  "decoration-2",
  "underline-offset-4",
  "dark:decoration-amber-400",
  "bg-amber-100",
  "dark:bg-amber-900/50",
];
export const REPAIR_GUESS_TITLE = "reconstructed, low confidence";

/**
 * Index in `value` of the character at `target` in `source`, walking both from `start` and
 * skipping source characters that the value lacks (escapes, entity names, backticks).
 * -1 when the character cannot be matched exactly.
 */
function alignIndex(source: string, start: number, value: string, target: number): number {
  let j = 0;
  for (let k = start; k < target && j < value.length; k++) {
    if (source[k] === value[j]) j++;
  }
  return j < value.length && value[j] === source[target] ? j : -1;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function guessSpan(text: string): Element {
  return {
    type: "element",
    tagName: "span",
    properties: { className: [REPAIR_GUESS_CLASS, ...UNDERLINE], title: REPAIR_GUESS_TITLE },
    children: [{ type: "text", value: text }],
  };
}

export function rehypeRepairMarks(options: RepairMarksOptions) {
  const marks = [...options.lowConfidence]
    .map((m) => ({ start: m.offset - options.offset, length: m.length }))
    .filter((m) => m.start >= 0 && m.length > 0)
    .sort((a, b) => a.start - b.start);

  return (tree: Root, file?: VFile): void => {
    if (marks.length === 0) return;
    const source = options.source ?? (typeof file?.value === "string" ? file.value : undefined);

    visit(tree, "text", (node: Text, index, parent) => {
      if (index === undefined || !parent) return;
      if (parent.type === "element" && REPAIR_GUESS_CLASS === spanClass(parent)) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const inside = marks.filter((m) => m.start >= start && m.start + m.length <= end);
      if (inside.length === 0) return;

      // Where each mark falls in the node's value.
      const cuts: { at: number; length: number }[] = [];
      for (const m of inside) {
        let at: number;
        if (source !== undefined) at = alignIndex(source, start, node.value, m.start);
        else at = end - start === node.value.length ? m.start - start : -1; // literal text only
        if (at < 0 || isLowSurrogate(node.value.charCodeAt(at))) continue;
        const cp = node.value.codePointAt(at) ?? 0;
        const length = cp > 0xffff ? 2 : 1;
        if (length !== m.length) continue; // never split or merge characters
        if (
          source !== undefined &&
          source.slice(m.start, m.start + m.length) !== node.value.slice(at, at + length)
        ) {
          continue;
        }
        const last = cuts.at(-1);
        if (!last || at >= last.at + last.length) cuts.push({ at, length });
      }
      if (cuts.length === 0) return;

      const pieces: ElementContent[] = [];
      let from = 0;
      for (const cut of cuts) {
        if (cut.at > from) pieces.push({ type: "text", value: node.value.slice(from, cut.at) });
        pieces.push(guessSpan(node.value.slice(cut.at, cut.at + cut.length)));
        from = cut.at + cut.length;
      }
      if (from < node.value.length) pieces.push({ type: "text", value: node.value.slice(from) });
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}

function spanClass(node: Element): string | undefined {
  const cls = node.properties?.className;
  return Array.isArray(cls) ? String(cls[0]) : undefined;
}
