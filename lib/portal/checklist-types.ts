import type { ViewItem } from "@/lib/client/checklist-view";
import type { TaskMeta } from "@/lib/content/task-meta";
import type { ChecklistId, Lang } from "@/lib/content/types";
import type { LocalizedTexts } from "@/lib/i18n/messages";

/** A checklist item as the checklist page receives it from the server: plain, serialisable. */
export interface ChecklistPageItem extends ViewItem {
  id: ChecklistId;
  lang: Lang;
  /** Item text rendered from inline Markdown and sanitised at build time. */
  html: string;
  noteTitle: string;
  /** Language of the note title. */
  noteLang: Lang;
  chapterTitle: string | null;
  /** The item on its chapter page (`…#task-<id>`). */
  url: string;
  /** Owners, due date and interval written in the item (lib/content/task-meta.ts), if any. */
  meta?: TaskMeta;
}

export interface ChecklistPageCategory {
  id: string;
  /** English label. */
  label: string;
  /** The label in every UI language (English where the taxonomy has no translation). */
  labels: LocalizedTexts;
  children: { id: string; label: string; labels: LocalizedTexts }[];
}

export interface ChecklistPageData {
  items: ChecklistPageItem[];
  /** Taxonomy areas in order, with their labels. */
  areas: ChecklistPageCategory[];
  /** Languages that occur among the items, in a fixed order. */
  langs: Lang[];
}
