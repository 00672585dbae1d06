import { AllNotesLink, NoteRow, noteListClass } from "@/components/NoteRow";
import Link from "next/link";
import { AreaProgress } from "@/components/checklist/AreaProgress";
import { CountsLine } from "@/components/CountsLine";
import { ReadinessComparison } from "@/components/readiness/ReadinessComparison";
import { SearchButton } from "@/components/SearchButton";
import { Localized } from "@/components/Localized";
import { T } from "@/components/T";
import { getContent } from "@/lib/content";
import { labelsByLocale, translations } from "@/lib/i18n/messages";
import {
  areaSummaries,
  languagesPresent,
  recentNotes,
  unclassifiedSummary,
} from "@/lib/portal/dashboard";
import { progressProps } from "@/lib/portal/progress";
import { INLINE_NOTES_MAX } from "@/lib/portal/nav";
import { homeTitle } from "@/lib/i18n/title";
import type { Metadata } from "next";
import { notePageUrl } from "@/lib/content/urls";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";

export const metadata: Metadata = homeTitle();

export default function DashboardPage() {
  const model = getContent();
  const areas = areaSummaries(model);
  const unclassified = unclassifiedSummary(model);
  const languages = languagesPresent(model);
  const recent = recentNotes(model);
  return (
    <div className="page-column">
      <PageHeader
        title={<T k="dashboard.title" />}
        intro={<T k="dashboard.intro" />}
        introClassName="max-w-3xl"
      />
      <div className="mt-5 max-w-2xl">
        <SearchButton size="large" />
      </div>

      <Section id="areas-heading" className="mt-10" title={<T k="dashboard.areas" />}>
        <ul className="grid gap-4 md:grid-cols-2">
          {areas.map((area) => (
            <li
              key={area.id}
              data-area-card={area.id}
              className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
            >
              <h3 className="text-base font-semibold leading-snug">
                <Link
                  href={area.url}
                  className="text-slate-900 hover:text-sky-800 hover:underline dark:text-slate-50 dark:hover:text-sky-300"
                >
                  {area.category && <Localized texts={labelsByLocale(area.category.labels)} />}
                </Link>
              </h3>
              <CountsLine counts={area.counts} className="mt-1" />
              {area.subcategories.length > 0 && (
                <ul className="mt-3 space-y-1 text-sm">
                  {area.subcategories.map((sub) => (
                    <li key={sub.id} className="flex items-baseline justify-between gap-3">
                      <Link
                        href={sub.url}
                        className="min-w-0 text-sky-800 hover:underline dark:text-sky-300"
                      >
                        {sub.category && <Localized texts={labelsByLocale(sub.category.labels)} />}
                      </Link>
                      <span className="shrink-0 text-xs tabular-nums text-slate-600 dark:text-slate-400">
                        <T k="count.chapters" vars={{ count: sub.counts.chapters }} /> ·{" "}
                        <T k="count.links" vars={{ count: sub.counts.links }} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              <div className="mt-auto pt-4">
                <AreaProgress
                  {...progressProps(model, area.id)}
                  label={translations("progress.label")}
                />
              </div>
            </li>
          ))}
          <li
            data-area-card="unclassified"
            className="flex flex-col rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-700"
          >
            <h3 className="text-base font-semibold">
              <Link
                href={unclassified.url}
                className="hover:text-sky-800 hover:underline dark:hover:text-sky-300"
              >
                <T k="category.unclassified" />
              </Link>
            </h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <T k="dashboard.unclassifiedHint" />
            </p>
            <CountsLine counts={unclassified.counts} className="mt-1" />
            {unclassified.counts.items > 0 && (
              <div className="mt-auto pt-4">
                <AreaProgress
                  {...progressProps(model, unclassified.id)}
                  label={translations("progress.label")}
                />
              </div>
            )}
          </li>
        </ul>
      </Section>

      <ReadinessComparison model={model} />

      <div className="mt-10 grid gap-8 md:grid-cols-2">
        <Section id="languages-heading" className="" title={<T k="dashboard.languages" />}>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {languages.map((l) => (
              <li
                key={l.lang}
                data-language={l.lang}
                className="flex items-baseline justify-between gap-3 px-3 py-2 text-sm"
              >
                <span className="font-medium">
                  <T k={`lang.${l.lang}`} />
                </span>
                <span className="tabular-nums text-slate-600 dark:text-slate-400">
                  <T k="count.notes" vars={{ count: l.notes }} /> ·{" "}
                  <T k="count.chapters" vars={{ count: l.chapters }} />
                </span>
              </li>
            ))}
          </ul>
        </Section>
        <Section id="recent-heading" className="" title={<T k="dashboard.recent" />}>
          {recent.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <T k="dashboard.noRecent" />
            </p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
              {recent.map((n) => (
                <li key={n.slug} className="flex items-baseline gap-3 px-3 py-2 text-sm">
                  <time
                    dateTime={n.date}
                    className="shrink-0 tabular-nums text-slate-600 dark:text-slate-400"
                  >
                    {n.date}
                  </time>
                  <Link
                    href={notePageUrl(n.slug)}
                    lang={n.lang}
                    className="min-w-0 text-sky-800 hover:underline dark:text-sky-300"
                  >
                    {n.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>

      <Section id="notes-heading" className="mt-10" title={<T k="dashboard.allNotes" />}>
        <ul className={noteListClass}>
          {model.notes.slice(0, INLINE_NOTES_MAX).map((n) => (
            <NoteRow key={n.slug} note={n}>
              {n.chapters.length > 0 ? (
                <T k="count.chapters" vars={{ count: n.chapters.length }} />
              ) : (
                <T k="note.singlePage" />
              )}
              {" · "}
              <T k="count.links" vars={{ count: n.links.length }} />
              {" · "}
              <T k="count.items" vars={{ count: n.checklist.length }} />
            </NoteRow>
          ))}
        </ul>
        <AllNotesLink total={model.notes.length} />
      </Section>
    </div>
  );
}
