import { UNCLASSIFIED } from "@/lib/content/category-ids";
import type { ContentModel, Lang, TaxonomyCategory } from "@/lib/content/types";
import { allRows, categoryUrl, isFiledUnder, type LinkRow } from "./categories";

/** Links filed under one category of the catalog. */
export interface LinkSection {
  category: TaxonomyCategory;
  url: string;
  links: LinkRow[];
}

export interface LinkAreaGroup {
  area: TaxonomyCategory;
  url: string;
  /** Subcategories in taxonomy order; the area itself first when links are filed on it directly. */
  sections: LinkSection[];
}

export interface LinkCatalog {
  areas: LinkAreaGroup[];
  unclassified: LinkRow[];
  /** Every link once (a link filed under two subcategories is listed under both). */
  total: number;
  /** Languages of the links, in the order of the notes' `LANGS`. */
  langs: Lang[];
}

/**
 * The link catalog: every external link under each (sub)category it is filed in; links of the
 * link-index note sit where its own table of contents puts them (the content pipeline files them).
 */
export function linkCatalog(
  model: Pick<ContentModel, "notes" | "taxonomy">,
  langOrder: readonly Lang[],
): LinkCatalog {
  const links = allRows(model).links;
  const areas = model.taxonomy.areas.map((area) => {
    const direct = links.filter((l) => l.taxonomy.includes(area.id));
    const sections: LinkSection[] = [];
    if (direct.length || area.children.length === 0)
      sections.push({ category: area, url: categoryUrl(area.id), links: direct });
    for (const sub of area.children) {
      sections.push({
        category: sub,
        url: categoryUrl(sub.id),
        links: links.filter((l) => l.taxonomy.includes(sub.id)),
      });
    }
    return { area, url: categoryUrl(area.id), sections };
  });
  const present = new Set(links.map((l) => l.lang));
  return {
    areas,
    unclassified: links.filter((l) => isFiledUnder(l.taxonomy, UNCLASSIFIED)),
    total: links.length,
    langs: langOrder.filter((l) => present.has(l)),
  };
}
