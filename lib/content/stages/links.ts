import { collectLinks } from "../links";
import { defineStage } from "./draft";

/** The note's external and in-note links; an in-note link to no heading is reported. */
export const linksStage = defineStage({
  name: "links",
  needs: ["tree", "lineOffset", "resolve"],
  adds: ["linkDrafts"],
  run({ tree, lineOffset, resolve }, { reporter }) {
    const linkDrafts = collectLinks(tree, lineOffset);
    for (const f of linkDrafts.fragments) {
      if (!f.fragment.slice(1)) continue;
      if (!resolve(f.fragment)) {
        reporter.warn(
          "anchor/unresolved",
          f.line,
          `the link ${f.fragment} points to no heading in this note. Change it to one of the note's headings (ids are made like GitHub's: lowercase, spaces to -, punctuation removed).`,
        );
      }
    }
    return { linkDrafts };
  },
});
