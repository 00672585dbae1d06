import { defineStage } from "./draft";

/** Leaves out a note whose frontmatter says `draft: true`. */
export const draftsStage = defineStage({
  name: "drafts",
  needs: ["fm"],
  adds: [],
  run({ fm }, { reporter }) {
    if (fm.data.draft !== true) return {};
    reporter.info(
      "note/draft",
      null,
      "draft: true, so this note is left out of the site. Remove draft: true to publish it.",
    );
    return null;
  },
});
