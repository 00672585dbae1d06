"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useId, useMemo, useState } from "react";
import { LangBadge } from "@/components/LangBadge";
import { T } from "@/components/T";
import { isLang } from "@/lib/content/types";
import { useUiLocale } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/messages";
import { areaOf } from "@/lib/content/category-ids";
import { resultHref, searchPageHref } from "@/lib/search/href";
import type { Manifest } from "@/lib/search/schema";
import type { SearchHit } from "@/lib/search/types";
import { CategoryBadge } from "./CategoryBadge";
import { MatchKind } from "./MatchKind";
import { Snippet } from "./Snippet";
import { loadEngine, useSearch } from "./useSearch";
import { PageHeader } from "../ui/PageHeader";

const PAGE = 50;

/** What to try when nothing matches (plus removing filters, when some are set). */
/** Sections of the query's concept in the notes' other languages, shown after the results. */
const OTHER_LANGUAGES = 5;

const HELP = [
  "search.help.fewerChars",
  "search.help.fewerWords",
  "search.help.spelling",
  "search.help.operators",
] as const;

/** The filter values (from the index manifest), loaded when the page opens. */
function useFacetLists() {
  const [lists, setLists] = useState<Manifest["facetLists"] | null>(null);
  const [labels, setLabels] = useState<Manifest["categories"]>({});
  useEffect(() => {
    let live = true;
    void loadEngine()
      .then((engine) => engine.manifest())
      .then((m) => {
        if (!live) return;
        setLists(m.facetLists);
        setLabels(m.categories);
      })
      .catch(() => {
        // The result area reports an unavailable index; the filters just stay empty.
      });
    return () => {
      live = false;
    };
  }, []);
  return { lists, labels };
}

/**
 * The `/search?q=…` page: a shareable URL (query and filters live in it), filters by taxonomy
 * area, language and tag, the result count, results with snippets, and help when nothing matches.
 */
export default function SearchPage() {
  const params = useSearchParams();
  const pathname = usePathname();
  const locale = useUiLocale();
  const ids = useId();
  const urlQuery = params.get("q") ?? "";
  const area = params.get("area") ?? "";
  const langParam = params.get("lang") ?? "";
  const lang = isLang(langParam) ? langParam : "";
  const tag = params.get("tag") ?? "";
  const [input, setInput] = useState(urlQuery);
  const [limit, setLimit] = useState(PAGE);
  const [seenQuery, setSeenQuery] = useState(urlQuery);
  if (seenQuery !== urlQuery) {
    // Back/forward changed the URL: follow it.
    setSeenQuery(urlQuery);
    setInput(urlQuery);
  }
  const { lists, labels } = useFacetLists();
  const filters = useMemo(
    () => ({ categories: area ? [area] : [], langs: lang ? [lang] : [], tags: tag ? [tag] : [] }),
    [area, lang, tag],
  );
  const { state, categories } = useSearch(urlQuery, {
    enabled: true,
    limit,
    filters,
    otherLanguages: OTHER_LANGUAGES,
  });
  const shown =
    state.status === "done" ? state.response : state.status === "loading" ? state.previous : null;
  const hasFilters = Boolean(area || lang || tag);

  const navigate = (next: { q?: string; area?: string; lang?: string; tag?: string }) => {
    const href = searchPageHref(next.q ?? input, {
      area: next.area ?? area,
      lang: next.lang ?? lang,
      tag: next.tag ?? tag,
    });
    setLimit(PAGE);
    // The History API updates useSearchParams without a server round trip (no RSC fetch per key).
    window.history.replaceState(null, "", href.replace(/^\/search/, pathname));
  };

  const areas = useMemo(() => [...new Set((lists?.categories ?? []).map(areaOf))].sort(), [lists]);
  const label = (id: string) => labels[id]?.[locale] ?? labels[id]?.en ?? id;
  const select =
    "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900";

  return (
    <div className="page-column page-narrow">
      <PageHeader
        crumbs={[{ href: null, label: <T k="nav.search" /> }]}
        title={<T k="search.title" />}
        titleClassName="mb-4"
      />
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate({ q: input });
        }}
      >
        <label htmlFor={`${ids}-q`} className="sr-only">
          <T k="search.open" />
        </label>
        <input
          id={`${ids}-q`}
          type="search"
          value={input}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder={translate(locale, "search.placeholder")}
          onChange={(e) => {
            setInput(e.target.value);
            setSeenQuery(e.target.value);
            navigate({ q: e.target.value });
          }}
          className="h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base shadow-sm focus:border-sky-600 focus:outline-2 focus:outline-sky-600 dark:border-slate-600 dark:bg-slate-900"
        />
        <fieldset className="mt-3 flex flex-wrap items-end gap-3">
          <legend className="sr-only">
            <T k="search.filters" />
          </legend>
          <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
            <T k="search.filter.area" />
            <select
              value={area}
              onChange={(e) => navigate({ area: e.target.value })}
              className={select}
            >
              <option value="">{translate(locale, "search.filter.any")}</option>
              {areas.map((a) => (
                <option key={a} value={a}>
                  {label(a)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
            <T k="search.filter.lang" />
            <select
              value={lang}
              onChange={(e) => navigate({ lang: e.target.value })}
              className={select}
            >
              <option value="">{translate(locale, "search.filter.any")}</option>
              {(lists?.langs ?? []).map((l) => (
                <option key={l} value={l}>
                  {translate(locale, `lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
            <T k="search.filter.tag" />
            <select
              value={tag}
              onChange={(e) => navigate({ tag: e.target.value })}
              className={select}
            >
              <option value="">{translate(locale, "search.filter.any")}</option>
              {[...(lists?.tags ?? [])].sort().map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          {hasFilters && (
            <button
              type="button"
              onClick={() => navigate({ area: "", lang: "", tag: "" })}
              className="h-9 rounded-md px-2 text-sm text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
            >
              <T k="search.filter.clear" />
            </button>
          )}
        </fieldset>
      </form>

      <div
        role="status"
        aria-live="polite"
        className="mt-6 text-sm text-slate-700 dark:text-slate-300"
      >
        {state.status === "idle" && (
          <p>
            <T k="search.intro" />
          </p>
        )}
        {state.status === "loading" && !shown && (
          <p>
            <T k="search.searching" />
          </p>
        )}
        {state.status === "error" && (
          <p>
            <T k="search.error" vars={{ message: state.message }} />
          </p>
        )}
        {shown && shown.total > 0 && shown.corrected && (
          <p data-corrected={shown.corrected} className="font-medium">
            <T k="search.corrected" vars={{ query: shown.query, corrected: shown.corrected }} />
          </p>
        )}
        {shown && shown.total > 0 && (
          <p data-result-count={shown.total}>
            <T
              k="search.count"
              vars={{ count: shown.total, query: shown.corrected ?? shown.query }}
            />
            {shown.total > shown.exactTotal && (
              <>
                {" "}
                <T k="search.partialNote" vars={{ count: shown.total - shown.exactTotal }} />
              </>
            )}
          </p>
        )}
        {shown && shown.total === 0 && state.status === "done" && (
          <div>
            <p className="font-medium">
              <T k="search.none" vars={{ query: shown.query }} />
            </p>
            <ul className="mt-2 list-disc pl-5">
              {HELP.map((k) => (
                <li key={k}>
                  <T k={k} />
                </li>
              ))}
              {hasFilters && (
                <li>
                  <T k="search.help.filters" />
                </li>
              )}
            </ul>
          </div>
        )}
      </div>

      {shown && shown.results.length > 0 && (
        <ol data-results className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
          {shown.results.map((hit) => (
            <ResultItem key={hit.id} hit={hit} query={shown.query} categories={categories} />
          ))}
        </ol>
      )}
      {shown && shown.results.length < shown.total && (
        <button
          type="button"
          onClick={() => setLimit((l) => l + PAGE)}
          className="mt-4 rounded-md border border-slate-300 px-3 py-2 text-sm hover:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600"
        >
          <T k="search.more" />
        </button>
      )}
      {shown?.otherLanguages && (
        <section aria-labelledby="search-other-languages" className="mt-8" data-other-languages>
          <h2 id="search-other-languages" className="text-base font-semibold">
            <T k="search.otherLanguages" vars={{ forms: shown.otherLanguages.forms.join(" · ") }} />
          </h2>
          <ol className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
            {shown.otherLanguages.results.map((hit) => (
              <ResultItem key={hit.id} hit={hit} query={shown.query} categories={categories} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

/** One result: where it is, its heading and snippet with the matches marked, and its badges. */
function ResultItem({
  hit,
  query,
  categories,
}: {
  hit: SearchHit;
  query: string;
  categories: Manifest["categories"] | null;
}) {
  const heading = hit.headingParts.length
    ? hit.headingParts
    : [{ text: hit.doc.heading || hit.doc.chapterTitle || hit.doc.noteTitle, hit: false }];
  return (
    <li className="py-4">
      <p lang={hit.doc.lang} className="cjk-text text-xs text-slate-600 dark:text-slate-400">
        {[hit.doc.noteTitle, hit.doc.chapterTitle].filter(Boolean).join(" › ")}
      </p>
      <a
        href={resultHref(hit.doc.url, query)}
        lang={hit.doc.lang}
        className="cjk-text mt-0.5 block text-lg font-medium text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
      >
        <Snippet parts={heading} />
      </a>
      <div className="mt-1 flex flex-wrap items-center gap-1.5">
        <LangBadge lang={hit.doc.lang} />
        {hit.doc.taxonomy.slice(0, 2).map((c) => (
          <CategoryBadge key={c} id={c} categories={categories} />
        ))}
        <MatchKind hit={hit} className="text-xs text-slate-600 dark:text-slate-400" />
      </div>
      {hit.snippet.length > 0 && (
        <p lang={hit.doc.lang} className="cjk-text mt-1 text-sm text-slate-700 dark:text-slate-300">
          <Snippet parts={hit.snippet} />
        </p>
      )}
    </li>
  );
}
