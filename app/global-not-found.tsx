import { UNCLASSIFIED } from "@/lib/content/category-ids";
import { AllNotesLink, NoteRow } from "@/components/NoteRow";
import type { Metadata } from "next";
import Link from "next/link";
import { SearchButton } from "@/components/SearchButton";
import { Shell } from "@/components/Shell";
import { Localized } from "@/components/Localized";
import { T } from "@/components/T";
import { getContent } from "@/lib/content";
import { labelsByLocale } from "@/lib/i18n/messages";
import { categoryUrl } from "@/lib/portal/categories";
import { INLINE_NOTES_MAX } from "@/lib/portal/nav";
import { ICON_DATA_URI } from "@/lib/portal/icon";
import { messageTitle } from "@/lib/i18n/title";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";

export const metadata: Metadata = {
  ...messageTitle("notFound.title"),
  icons: { icon: ICON_DATA_URI },
};

/** The 404 page: the full site shell, search, the areas and the first notes (then the all-notes index). */
export default function GlobalNotFound() {
  const model = getContent();
  return (
    <Shell lang="en" followUi>
      <div className="page-column page-narrow" data-not-found="">
        <p className="text-sm font-semibold tabular-nums text-sky-700 dark:text-sky-400">404</p>
        <PageHeader
          title={<T k="notFound.title" />}
          titleClassName="mt-1"
          intro={<T k="notFound.body" />}
        />
        <Section id="nf-search" title={<T k="notFound.search" />}>
          <SearchButton size="large" />
          <p className="mt-2 text-sm">
            <Link
              href="/search"
              className="text-sky-800 underline underline-offset-2 dark:text-sky-300"
            >
              <T k="search.page" />
            </Link>
          </p>
        </Section>
        <div className="mt-8 grid gap-8 sm:grid-cols-2">
          <Section id="nf-areas" className="" title={<T k="notFound.areas" />}>
            <ul className="space-y-1">
              {model.taxonomy.areas.map((a) => (
                <li key={a.id}>
                  <Link
                    href={categoryUrl(a.id)}
                    className="text-sky-800 hover:underline dark:text-sky-300"
                  >
                    <Localized texts={labelsByLocale(a.labels)} />
                  </Link>
                </li>
              ))}
              <li>
                <Link
                  href={categoryUrl(UNCLASSIFIED)}
                  className="text-sky-800 hover:underline dark:text-sky-300"
                >
                  <T k="category.unclassified" />
                </Link>
              </li>
              <li>
                <Link href="/tags" className="text-sky-800 hover:underline dark:text-sky-300">
                  <T k="nav.tags" />
                </Link>
              </li>
              <li>
                <Link href="/links" className="text-sky-800 hover:underline dark:text-sky-300">
                  <T k="nav.links" />
                </Link>
              </li>
            </ul>
          </Section>
          <Section id="nf-notes" className="" title={<T k="notFound.notes" />}>
            <ul className="space-y-1.5">
              {model.notes.slice(0, INLINE_NOTES_MAX).map((n) => (
                <NoteRow key={n.slug} note={n} compact />
              ))}
            </ul>
            <AllNotesLink total={model.notes.length} />
          </Section>
        </div>
      </div>
    </Shell>
  );
}
