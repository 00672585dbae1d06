import type { AnyNoteStage, NoteDraft, StageContext, StageOrder } from "./draft";
import { anchorsStage } from "./anchors";
import { assembleStage } from "./assemble";
import { calloutsStage } from "./callouts";
import { chapterPagesStage } from "./chapter-pages";
import { chapterSplitStage } from "./chapter-split";
import { checklistStage } from "./checklist";
import { draftsStage } from "./drafts";
import { externalLinksStage } from "./external-links";
import { fmTaxonomyStage } from "./fm-taxonomy";
import { frontmatterStage } from "./frontmatter";
import { guardStage } from "./guard";
import { headingsStage } from "./headings";
import { languageStage } from "./language";
import { linksStage } from "./links";
import { markupChecksStage } from "./markup-checks";
import { noteFilingStage } from "./note-filing";
import { overviewStage } from "./overview";
import { parseStage } from "./parse";
import { placesStage } from "./places";
import { refsStage } from "./refs";
import { titleStage } from "./title";
import { tocFilingStage } from "./toc-filing";

export type { NoteDraft, NoteInput, StageContext } from "./draft";

/**
 * Building one note, in order. Each stage reads keys of the draft earlier stages added and adds its
 * own; diagnostics are reported in this order. The README's "How it is built" lists them.
 */
export const NOTE_STAGES = [
  frontmatterStage,
  draftsStage,
  guardStage,
  calloutsStage,
  parseStage,
  markupChecksStage,
  headingsStage,
  titleStage,
  chapterSplitStage,
  anchorsStage,
  linksStage,
  tocFilingStage,
  fmTaxonomyStage,
  languageStage,
  chapterPagesStage,
  overviewStage,
  placesStage,
  checklistStage,
  refsStage,
  externalLinksStage,
  noteFilingStage,
  assembleStage,
] as const;

/**
 * Does not compile when a stage of NOTE_STAGES needs a key no stage before it adds, or when no
 * stage adds some key of NoteDraft: what makes the casts in runNoteStages sound.
 */
export const NOTE_STAGES_ORDER: StageOrder<typeof NOTE_STAGES> = "ordered";

/**
 * Runs stages in order on one draft; null when a stage leaves the note out. A prefix of
 * NOTE_STAGES gives the draft as the next stage reads it.
 */
export function runStages(
  stages: readonly AnyNoteStage[],
  context: StageContext,
): Partial<NoteDraft> | null {
  const draft: Partial<NoteDraft> = {};
  for (const stage of stages) {
    // Each stage reads only keys that stages before it added (NOTE_STAGES_ORDER checks the list).
    const added = stage.run(draft as NoteDraft, context);
    if (added === null) return null;
    Object.assign(draft, added);
  }
  return draft;
}

/** Every stage of NOTE_STAGES; null when the note is left out (a draft). */
export function runNoteStages(context: StageContext): NoteDraft | null {
  // NOTE_STAGES_ORDER checks that the stages add every key of NoteDraft.
  return runStages(NOTE_STAGES, context) as NoteDraft | null;
}
