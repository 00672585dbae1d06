import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryView } from "@/components/CategoryView";
import { getContent } from "@/lib/content";
import { categoryParams } from "@/lib/content/routes";
import { resolveCategory, UNCLASSIFIED } from "@/lib/portal/categories";
import { labelsByLocale } from "@/lib/i18n/messages";
import { messageTitle, textTitle } from "@/lib/i18n/title";

export function generateStaticParams() {
  return categoryParams();
}

type Params = { params: Promise<{ area: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { area } = await params;
  if (area === UNCLASSIFIED) return messageTitle("category.unclassified");
  const found = resolveCategory(getContent(), area);
  return found ? textTitle(labelsByLocale(found.category.labels)) : messageTitle("notFound.title");
}

/** An area (all its subcategories) or the unclassified view. */
export default async function AreaPage({ params }: Params) {
  const { area } = await params;
  const model = getContent();
  if (area === UNCLASSIFIED) return <CategoryView model={model} resolved={null} />;
  const resolved = resolveCategory(model, area);
  if (!resolved) notFound();
  return <CategoryView model={model} resolved={resolved} />;
}
