import type { Root } from "mdast";
import { eachNode, inlineText, parseMarkdown, startLine, startOffset } from "./markdown";

const parseInline = (text: string) => parseMarkdown(text);
import { checklistId, normaliseItemText } from "./ids";
import type { Reporter } from "./diagnostics";
import type { ChecklistId, NoteSlug } from "./types";

export interface TaskDraft {
  id: ChecklistId;
  text: string;
  plain: string;
  checked: boolean;
  /** Offset in the body text, to find the chapter it is on. */
  offset: number;
  /** Line in the file. */
  line: number;
}

/** 001 writes `- [ ] : text`; the `: ` belongs to the notation, not the item. */
const LEADING_COLON = /^\s*[:：]\s*/;
/**
 * A task line that explains the notation instead of being a task (001's preface
 * `- [ ] : は本番環境ではチェックしておいた方がいいもの`): it starts with a topic marker.
 */
const LEGEND = /^(?:は|とは|って|=|＝|means\b|is\b|marks\b|是|表示|은|는|이란|란)/i;

export function isLegend(plain: string): boolean {
  return LEGEND.test(plain.trim());
}

/**
 * Every GFM task item with a stable id (note slug + normalised text; identical texts in one note
 * get `-2`, `-3` in document order).
 */
export function collectTasks(
  tree: Root,
  body: string,
  note: NoteSlug,
  lineOffset: number,
  reporter: Reporter,
): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  const seen = new Map<string, number>();
  eachNode(tree, "listItem", (item) => {
    if (typeof item.checked !== "boolean") return;
    const para = item.children[0];
    const line = startLine(item) + lineOffset;
    let text = "";
    let plain = "";
    if (para && para.type === "paragraph" && para.position) {
      // The item is the first line; lines that continue the paragraph are notes about it.
      const source = body.slice(para.position.start.offset, para.position.end.offset);
      const firstLine = source.split("\n")[0] ?? "";
      text = firstLine.replace(/\s+$/, "").replace(/\\$/, "");
      plain = firstLine === source ? inlineText(para) : inlineText(parseInline(text));
    }
    const hadColon = LEADING_COLON.test(plain);
    text = text.replace(LEADING_COLON, "").trim();
    plain = plain.replace(LEADING_COLON, "").trim();
    if (!plain) {
      reporter.info(
        "checklist/empty-item",
        line,
        "this task item has no text; it is not on the checklist. Write what should be checked after the box.",
      );
      return;
    }
    if (hadColon && isLegend(plain)) {
      reporter.info(
        "checklist/legend",
        line,
        `"${plain.slice(0, 40)}" explains the checkbox notation, so it is not a checklist item.`,
      );
      return;
    }
    const key = normaliseItemText(plain);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    if (occurrence === 2) {
      reporter.info(
        "checklist/duplicate-text",
        line,
        `the task "${plain.slice(0, 40)}" appears more than once in this note; each copy is ticked separately. Reword one of them if they are different checks.`,
      );
    }
    tasks.push({
      id: checklistId(note, plain, occurrence),
      text,
      plain,
      checked: item.checked,
      offset: startOffset(item),
      line,
    });
  });
  return tasks;
}
