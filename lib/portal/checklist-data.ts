import type { ChecklistPageData, ChecklistPageItem } from "@/lib/portal/checklist-types";
import { itemSearchText } from "@/lib/portal/checklist-wire";
import { normalizeDocumentText } from "@/lib/search/normalize";
import { createAnchorResolver } from "@/lib/content/anchors";
import { notePageUrl } from "@/lib/content/urls";
import { renderInline } from "@/lib/content/render-inline";
import { withoutTaskMeta } from "@/lib/content/task-meta";
import { LANGS, type ContentModel, type Note } from "@/lib/content/types";
import { labelsByLocale } from "@/lib/i18n/messages";

/** A link inside an item's text that points into its own note goes to the page that holds it. */
function hrefResolver(note: Note): (href: string) => string {
  const resolve = createAnchorResolver(Object.keys(note.anchors));
  return (href) => {
    if (!href.startsWith("#")) return href;
    const anchor = resolve(href);
    if (anchor === null) return notePageUrl(note.slug, null, href.slice(1));
    return notePageUrl(note.slug, note.anchors[anchor] ?? null, anchor);
  };
}

/** Plain data for the checklist page: every item with rendered text, and the taxonomy labels. */
export function buildChecklistData(
  model: Pick<ContentModel, "notes" | "taxonomy">,
): ChecklistPageData {
  const items: ChecklistPageItem[] = model.notes.flatMap((note) => {
    const resolveHref = hrefResolver(note);
    return note.checklist.map((item) => {
      const chapterTitle = note.chapters.find((c) => c.slug === item.chapter)?.title ?? null;
      return {
        id: item.id,
        checked: item.checked,
        plain: item.plain,
        // Owners, due dates and intervals show as chips beside the text, not in it.
        html: renderInline(item.meta ? withoutTaskMeta(item.text) : item.text, {
          resolveHref,
          note,
        }),
        search: normalizeDocumentText(itemSearchText(item.plain, note.title, chapterTitle)),
        note: item.note,
        noteTitle: note.title,
        noteLang: note.lang,
        chapter: item.chapter,
        chapterTitle,
        url: item.url,
        lang: item.lang,
        taxonomy: item.taxonomy,
        ...(item.meta ? { meta: item.meta } : {}),
      };
    });
  });
  const present = new Set(items.map((item) => item.lang));
  return {
    items,
    areas: model.taxonomy.areas.map((area) => ({
      id: area.id,
      label: area.labels.en,
      labels: labelsByLocale(area.labels),
      children: area.children.map((child) => ({
        id: child.id,
        label: child.labels.en,
        labels: labelsByLocale(child.labels),
      })),
    })),
    langs: LANGS.filter((lang) => present.has(lang)),
  };
}
