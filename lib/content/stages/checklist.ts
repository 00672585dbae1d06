import { collectTasks } from "../checklist";
import { normaliseItemText, shortHash } from "../ids";
import { hasTaskMeta, parseTaskMeta } from "../task-meta";
import type { Anchor, ChecklistItem } from "../types";
import { notePageUrl, taskAnchor } from "../urls";
import { defineStage } from "./draft";
import { sectionKey } from "./places";

/** The task items of one section, and that section's hash once it is asked for. */
interface SectionTasks {
  ci: number;
  anchor: Anchor | null;
  plains: string[];
  hash?: string;
}

/**
 * The checklist: every task item with its id (lib/content/checklist.ts), page, heading, language,
 * categories, owners/due/interval markers, and the hash of its section's prose and headings
 * without its task items (once per section): rewording one item asks for a re-check of that item
 * (its id changes), not of its neighbours.
 */
export const checklistStage = defineStage({
  name: "checklist",
  needs: ["tree", "body", "lineOffset", "placeOf", "sectionTextOf", "langOf"],
  adds: ["checklist"],
  run({ tree, body, lineOffset, placeOf, sectionTextOf, langOf }, { input, reporter }) {
    const sections = new Map<string, SectionTasks>();
    const placed = collectTasks(tree, body, input.slug, lineOffset, reporter).map((task) => {
      const place = placeOf(task.offset, task.line, task.plain);
      const key = sectionKey(place.ci, place.anchor);
      let section = sections.get(key);
      if (!section) {
        section = { ci: place.ci, anchor: place.anchor, plains: [] };
        sections.set(key, section);
      }
      section.plains.push(task.plain);
      return { task, place, section };
    });
    const hashOf = (s: SectionTasks): string => {
      if (s.hash === undefined) {
        let text = sectionTextOf(s.ci, s.anchor);
        for (const plain of s.plains) text = text.split(plain).join("");
        s.hash = shortHash(normaliseItemText(text));
      }
      return s.hash;
    };
    const checklist = placed.map(({ task: t, place, section }): ChecklistItem => {
      const parsed = parseTaskMeta(t.plain);
      for (const problem of parsed.problems)
        reporter.warn("checklist/marker", t.line, problem.message);
      return {
        id: t.id,
        text: t.text,
        plain: t.plain,
        checked: t.checked,
        note: input.slug,
        chapter: place.chapter?.slug ?? null,
        anchor: place.anchor,
        url: notePageUrl(input.slug, place.chapter?.slug ?? null, taskAnchor(t.id)),
        lang: langOf(t.plain),
        taxonomy: place.cats,
        line: t.line,
        section: hashOf(section),
        ...(hasTaskMeta(parsed.meta) ? { meta: parsed.meta } : {}),
      };
    });
    return { checklist };
  },
});
