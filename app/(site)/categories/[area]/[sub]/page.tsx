import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryView } from "@/components/CategoryView";
import { getContent } from "@/lib/content";
import { subcategoryParams } from "@/lib/content/routes";
import { resolveCategory } from "@/lib/portal/categories";
import { labelsByLocale } from "@/lib/i18n/messages";
import { messageTitle, textTitle } from "@/lib/i18n/title";

export function generateStaticParams() {
  return subcategoryParams();
}

type Params = { params: Promise<{ area: string; sub: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { area, sub } = await params;
  const found = resolveCategory(getContent(), area, sub);
  return found ? textTitle(labelsByLocale(found.category.labels)) : messageTitle("notFound.title");
}

export default async function SubcategoryPage({ params }: Params) {
  const { area, sub } = await params;
  const model = getContent();
  const resolved = resolveCategory(model, area, sub);
  if (!resolved) notFound();
  return <CategoryView model={model} resolved={resolved} />;
}
