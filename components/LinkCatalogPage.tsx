import { getContent } from "@/lib/content";
import { siteLinkCatalog, type LinkFilter } from "@/lib/portal/lists";
import { Breadcrumbs } from "./Breadcrumbs";
import { LinkCatalogView } from "./LinkCatalogView";
import { T } from "./T";

/** A page of the link catalog (`/links`, `/links/area/…/lang/…/page/N`). */
export function LinkCatalogPage({ filter, page }: { filter: LinkFilter; page: number }) {
  const catalog = siteLinkCatalog(getContent());
  return (
    <div className="page-column page-narrow">
      <Breadcrumbs crumbs={[{ href: null, label: <T k="links.title" /> }]} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
        <T k="links.title" />
      </h1>
      <p className="cjk-text mt-2 text-slate-700 dark:text-slate-300">
        <T k="links.intro" />
      </p>
      <LinkCatalogView catalog={catalog} filter={filter} page={page} />
    </div>
  );
}
