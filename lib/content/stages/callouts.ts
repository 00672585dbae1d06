import { directiveTitlesAsLabels } from "../markdown/callouts";
import { defineStage } from "./draft";

/** `:::tip Title` as `:::tip[Title]`, so the pipeline and the page read the same callout. */
export const calloutsStage = defineStage({
  name: "callouts",
  needs: ["guarded"],
  adds: ["body"],
  run({ guarded }) {
    return { body: directiveTitlesAsLabels(guarded) };
  },
});
