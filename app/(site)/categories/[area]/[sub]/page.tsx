import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryView } from "@/components/CategoryView";
import { getContent } from "@/lib/content";
import { subcategoryParams } from "@/lib/content/routes";
import { resolveCategory } from "@/lib/portal/categories";

export function generateStaticParams() {
  return subcategoryParams();
}

type Params = { params: Promise<{ area: string; sub: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { area, sub } = await params;
  return { title: resolveCategory(getContent(), area, sub)?.category.labels.en ?? "Not found" };
}

export default async function SubcategoryPage({ params }: Params) {
  const { area, sub } = await params;
  const model = getContent();
  const resolved = resolveCategory(model, area, sub);
  if (!resolved) notFound();
  return <CategoryView model={model} resolved={resolved} />;
}
