import type { ContentModel, Lang, TaxonomyCategory } from "@/lib/content/types";
import { labelsByLocale, type LocalizedTexts } from "@/lib/i18n/messages";
import { categoryUrl } from "./categories";

/** What the sidebar needs: plain, small data passed to a client component. */
export interface NavCategory {
  id: string;
  url: string;
  labels: LocalizedTexts;
  children: NavCategory[];
}

export interface NavNote {
  slug: string;
  title: string;
  lang: Lang;
  url: string;
  chapters: { slug: string; title: string; lang: Lang; url: string }[];
}

export interface NavTree {
  areas: NavCategory[];
  notes: NavNote[];
}

const toNav = (c: TaxonomyCategory): NavCategory => ({
  id: c.id,
  url: categoryUrl(c.id),
  labels: labelsByLocale(c.labels),
  children: c.children.map(toNav),
});

export function navTree(model: Pick<ContentModel, "notes" | "taxonomy">): NavTree {
  return {
    areas: model.taxonomy.areas.map(toNav),
    notes: model.notes.map((n) => ({
      slug: n.slug,
      title: n.title,
      lang: n.lang,
      url: `/notes/${n.slug}`,
      chapters: n.chapters.map((c) => ({ slug: c.slug, title: c.title, lang: c.lang, url: c.url })),
    })),
  };
}
