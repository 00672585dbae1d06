import { parseMarkdown } from "../markdown";
import { defineStage } from "./draft";

/** The body's Markdown tree: the one parse of the note that every later stage walks. */
export const parseStage = defineStage({
  name: "parse",
  needs: ["body"],
  adds: ["tree"],
  run({ body }) {
    return { tree: parseMarkdown(body) };
  },
});
