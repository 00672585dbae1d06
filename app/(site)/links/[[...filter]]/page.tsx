import type { Metadata } from "next";
import { messageTitle } from "@/lib/i18n/title";
import { notFound } from "next/navigation";
import { LinkCatalogPage } from "@/components/LinkCatalogPage";
import { getContent } from "@/lib/content";
import { linkParams } from "@/lib/content/routes";
import { cachedCatalogEntries, LINK_KEYS, linkFilter, siteLinkCatalog } from "@/lib/portal/lists";
import { pageCount, parseListPath } from "@/lib/portal/paginate";

export function generateStaticParams() {
  return linkParams();
}

type Params = { params: Promise<{ filter?: string[] }> };

/** `/links` (page 1, unfiltered), `/links/area/capacity/lang/ja/page/2` → filter and page; null for any other address. */
function resolve(segments: string[]) {
  const parsed = parseListPath(segments, LINK_KEYS);
  if (!parsed) return null;
  const catalog = siteLinkCatalog(getContent());
  const filter = linkFilter(catalog, parsed.filters);
  if (!filter) return null;
  if (parsed.page > pageCount(cachedCatalogEntries(catalog, filter).entries.length)) return null;
  return { filter, page: parsed.page };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = resolve((await params).filter ?? []);
  if (!found) return messageTitle("notFound.title");
  const parts = [found.filter.area, found.filter.lang, found.page > 1 ? String(found.page) : null];
  return messageTitle("links.title", parts.filter(Boolean).join(", "));
}

export default async function FilteredLinksPage({ params }: Params) {
  const found = resolve((await params).filter ?? []);
  if (!found) notFound();
  return <LinkCatalogPage filter={found.filter} page={found.page} />;
}
