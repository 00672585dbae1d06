import type { ExternalLink } from "../types";
import { defineStage } from "./draft";

/**
 * External links with their page, heading, language and categories. A bare URL (its text is the
 * URL) is named by the heading it sits under.
 */
export const externalLinksStage = defineStage({
  name: "external-links",
  needs: ["linkDrafts", "placeOf", "headings"],
  adds: ["externalLinks"],
  run({ linkDrafts, placeOf, headings }, { input }) {
    const externalLinks = linkDrafts.external.map((l): ExternalLink => {
      const place = placeOf(l.offset, l.line, `${l.text}\n${l.context}`);
      const sectionHeading = place.anchor
        ? headings.find((h) => h.anchor === place.anchor)?.text
        : undefined;
      return {
        url: l.url,
        text: l.text === l.url && sectionHeading ? sectionHeading : l.text,
        domain: l.domain,
        note: input.slug,
        chapter: place.chapter?.slug ?? null,
        anchor: place.anchor,
        context: l.context,
        lang: place.lang,
        taxonomy: place.cats,
        line: l.line,
      };
    });
    return { externalLinks };
  },
});
