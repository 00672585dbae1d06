import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { LinkCatalogView, type CatalogArea } from "@/components/LinkCatalogView";
import { T } from "@/components/T";
import { getContent } from "@/lib/content";
import { LANGS } from "@/lib/content/types";
import { labelsByLocale } from "@/lib/i18n/messages";
import { linkCatalog } from "@/lib/portal/links";
import { messageTitle } from "@/lib/i18n/title";

export const metadata: Metadata = messageTitle("links.title");

export default function LinksPage() {
  const catalog = linkCatalog(getContent(), LANGS);
  const areas: CatalogArea[] = catalog.areas.map((g) => ({
    id: g.area.id,
    url: g.url,
    labels: labelsByLocale(g.area.labels),
    sections: g.sections.map((s) => ({
      id: s.category.id,
      url: s.url,
      labels: labelsByLocale(s.category.labels),
      links: s.links,
    })),
  }));
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumbs crumbs={[{ href: null, label: <T k="links.title" /> }]} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
        <T k="links.title" />
      </h1>
      <p className="cjk-text mt-2 text-slate-700 dark:text-slate-300">
        <T k="links.intro" />
      </p>
      <LinkCatalogView
        areas={areas}
        unclassified={catalog.unclassified}
        langs={catalog.langs}
        total={catalog.total}
      />
    </div>
  );
}
