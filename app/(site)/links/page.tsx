import type { Metadata } from "next";
import { LinkCatalogPage } from "@/components/LinkCatalogPage";
import { messageTitle } from "@/lib/i18n/title";

export const metadata: Metadata = messageTitle("links.title");

/** The link catalog, page 1, unfiltered; filters and later pages are `/links/…` below it. */
export default function LinksPage() {
  return <LinkCatalogPage filter={{ area: null, lang: null }} page={1} />;
}
