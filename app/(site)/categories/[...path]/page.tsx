import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryView } from "@/components/CategoryView";
import { getContent } from "@/lib/content";
import { categoryParams } from "@/lib/content/routes";
import { resolveCategory, UNCLASSIFIED, type ResolvedCategory } from "@/lib/portal/categories";
import { parsePageSegment } from "@/lib/portal/paginate";
import { labelsByLocale, translations, type LocalizedTexts } from "@/lib/i18n/messages";
import { messageTitle, textTitle } from "@/lib/i18n/title";

export function generateStaticParams() {
  return categoryParams();
}

type Params = { params: Promise<{ path: string[] }> };

/**
 * What a category address names: `/categories/capacity`, `/categories/capacity/design`,
 * `/categories/unclassified`, each with an optional `/page/N`. (A subcategory whose own segment
 * is `page` would be hidden by the page suffix; the taxonomy has none.)
 */
function resolve(path: string[]): { resolved: ResolvedCategory | null; page: number } | null {
  const segments = path.map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  let page = 1;
  if (segments.length >= 3 && segments.at(-2) === "page") {
    const n = parsePageSegment(segments.at(-1)!);
    if (n === null) return null;
    page = n;
    segments.splice(-2);
  }
  const [area, sub, ...rest] = segments;
  if (area === undefined || rest.length > 0) return null;
  if (area === UNCLASSIFIED) return sub === undefined ? { resolved: null, page } : null;
  const resolved = resolveCategory(getContent(), area, sub);
  return resolved ? { resolved, page } : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = resolve((await params).path);
  if (!found) return messageTitle("notFound.title");
  const labels = found.resolved
    ? labelsByLocale(found.resolved.category.labels)
    : translations("category.unclassified");
  if (found.page === 1) return textTitle(labels);
  const paged = Object.fromEntries(
    Object.entries(labels).map(([l, t]) => [l, { ...t, text: `${t.text} (${found.page})` }]),
  ) as LocalizedTexts;
  return textTitle(paged);
}

/** An area, a subcategory or the unclassified view; long lists go on over `/page/N`. */
export default async function CategoryPage({ params }: Params) {
  const found = resolve((await params).path);
  if (!found) notFound();
  return <CategoryView model={getContent()} resolved={found.resolved} page={found.page} />;
}
