import { getContent } from "@/lib/content";
import { siteLinkCatalog, type LinkFilter } from "@/lib/portal/lists";
import { LinkCatalogView } from "./LinkCatalogView";
import { T } from "./T";
import { PageHeader } from "./ui/PageHeader";

/** A page of the link catalog (`/links`, `/links/area/…/lang/…/page/N`). */
export function LinkCatalogPage({ filter, page }: { filter: LinkFilter; page: number }) {
  const catalog = siteLinkCatalog(getContent());
  return (
    <div className="page-column page-narrow">
      <PageHeader
        crumbs={[{ href: null, label: <T k="links.title" /> }]}
        title={<T k="links.title" />}
        intro={<T k="links.intro" />}
      />
      <LinkCatalogView catalog={catalog} filter={filter} page={page} />
    </div>
  );
}
