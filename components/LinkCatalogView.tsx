"use client";

import Link from "next/link";
import { useEffect, useId, useState, type ReactNode } from "react";
import type { Lang } from "@/lib/content/types";
import type { LocalizedTexts } from "@/lib/i18n/messages";
import type { LinkRow } from "@/lib/portal/categories";
import { LinkItem } from "./LinkItem";
import { Localized, T } from "./T";

export interface CatalogSection {
  id: string;
  url: string;
  labels: LocalizedTexts;
  links: LinkRow[];
}
export interface CatalogArea {
  id: string;
  url: string;
  labels: LocalizedTexts;
  sections: CatalogSection[];
}

const UNCLASSIFIED = "unclassified";

function readQuery(
  areas: readonly string[],
  langs: readonly string[],
): { area: string; lang: string } {
  const q = new URLSearchParams(window.location.search);
  const area = q.get("area") ?? "";
  const lang = q.get("lang") ?? "";
  return { area: areas.includes(area) ? area : "", lang: langs.includes(lang) ? lang : "" };
}

function Chip({
  name,
  value,
  checked,
  onChange,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: (v: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="relative inline-flex cursor-pointer items-center rounded-full border border-slate-300 px-3 py-1 text-sm has-[:checked]:border-sky-700 has-[:checked]:bg-sky-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky-600 hover:border-sky-600 dark:border-slate-600 dark:has-[:checked]:border-sky-300 dark:has-[:checked]:bg-sky-300 dark:has-[:checked]:text-slate-950">
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        className="sr-only"
      />
      {children}
    </label>
  );
}

/**
 * The link catalog with filters by area and by language (kept in the URL: `?area=…&lang=…`).
 * Everything is in the HTML; the filters only hide what does not match.
 */
export function LinkCatalogView({
  areas,
  unclassified,
  langs,
  total,
}: {
  areas: CatalogArea[];
  unclassified: LinkRow[];
  langs: Lang[];
  total: number;
}) {
  const [area, setArea] = useState("");
  const [lang, setLang] = useState("");
  const ids = { area: useId(), lang: useId() };
  const areaIds = [...areas.map((a) => a.id), UNCLASSIFIED];

  useEffect(() => {
    const apply = () => {
      const q = readQuery(areaIds, langs);
      setArea(q.area);
      setLang(q.lang);
    };
    apply();
    window.addEventListener("popstate", apply);
    return () => window.removeEventListener("popstate", apply);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids come from static data
  }, []);

  const update = (next: { area: string; lang: string }) => {
    setArea(next.area);
    setLang(next.lang);
    const q = new URLSearchParams();
    if (next.area) q.set("area", next.area);
    if (next.lang) q.set("lang", next.lang);
    const search = q.toString();
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`,
    );
  };

  const keep = (l: LinkRow) => !lang || l.lang === lang;
  const filtering = area !== "" || lang !== "";
  const shownKeys = new Set<string>();
  const visibleAreas = areas
    .filter((a) => !area || a.id === area)
    .map((a) => ({
      ...a,
      sections: a.sections
        .map((s) => ({ ...s, links: s.links.filter(keep) }))
        .filter((s) => !filtering || s.links.length > 0),
    }))
    .filter((a) => !filtering || a.sections.length > 0);
  for (const a of visibleAreas)
    for (const s of a.sections) for (const l of s.links) shownKeys.add(l.key);
  const visibleUnclassified = !area || area === UNCLASSIFIED ? unclassified.filter(keep) : [];
  for (const l of visibleUnclassified) shownKeys.add(l.key);

  return (
    <>
      <div
        className="mt-6 space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        data-link-filters=""
      >
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend
            id={ids.area}
            className="float-left mr-2 w-full text-xs font-semibold uppercase tracking-wide text-slate-600 sm:w-20 dark:text-slate-400"
          >
            <T k="links.filterArea" />
          </legend>
          <Chip
            name="area"
            value=""
            checked={area === ""}
            onChange={(v) => update({ area: v, lang })}
          >
            <T k="links.all" />
          </Chip>
          {areas.map((a) => (
            <Chip
              key={a.id}
              name="area"
              value={a.id}
              checked={area === a.id}
              onChange={(v) => update({ area: v, lang })}
            >
              <Localized texts={a.labels} />
            </Chip>
          ))}
          <Chip
            name="area"
            value={UNCLASSIFIED}
            checked={area === UNCLASSIFIED}
            onChange={(v) => update({ area: v, lang })}
          >
            <T k="category.unclassified" />
          </Chip>
        </fieldset>
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend
            id={ids.lang}
            className="float-left mr-2 w-full text-xs font-semibold uppercase tracking-wide text-slate-600 sm:w-20 dark:text-slate-400"
          >
            <T k="links.filterLang" />
          </legend>
          <Chip
            name="lang"
            value=""
            checked={lang === ""}
            onChange={(v) => update({ area, lang: v })}
          >
            <T k="links.all" />
          </Chip>
          {langs.map((l) => (
            <Chip
              key={l}
              name="lang"
              value={l}
              checked={lang === l}
              onChange={(v) => update({ area, lang: v })}
            >
              <T k={`lang.${l}`} />
            </Chip>
          ))}
        </fieldset>
      </div>
      <p
        role="status"
        className="mt-3 text-sm text-slate-600 dark:text-slate-400"
        data-link-count={shownKeys.size}
      >
        <T k="links.showing" vars={{ shown: shownKeys.size, total }} />
      </p>
      {shownKeys.size === 0 && filtering && (
        <p className="mt-6 text-slate-700 dark:text-slate-300">
          <T k="links.none" />
        </p>
      )}
      {visibleAreas.map((a) => (
        <section
          key={a.id}
          aria-labelledby={`area-${a.id}`}
          data-link-area={a.id}
          className="mt-10"
        >
          <h2
            id={`area-${a.id}`}
            className="border-b border-slate-200 pb-1 text-xl font-semibold dark:border-slate-800"
          >
            <Link
              href={a.url}
              className="hover:text-sky-800 hover:underline dark:hover:text-sky-300"
            >
              <Localized texts={a.labels} />
            </Link>
          </h2>
          {a.sections.map((s) => (
            <section
              key={s.id}
              aria-labelledby={`sec-${s.id.replace("/", "--")}`}
              data-link-section={s.id}
              className="mt-5"
            >
              <h3
                id={`sec-${s.id.replace("/", "--")}`}
                className="flex items-baseline gap-2 text-base font-semibold text-slate-800 dark:text-slate-200"
              >
                <Localized texts={s.labels} />
                <span className="text-sm font-normal tabular-nums text-slate-600 dark:text-slate-400">
                  {s.links.length}
                </span>
              </h3>
              {s.links.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  <T k="category.empty" />
                </p>
              ) : (
                <ul className="divide-y divide-slate-100 dark:divide-slate-800/70">
                  {s.links.map((l) => (
                    <LinkItem key={l.key} link={l} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </section>
      ))}
      {visibleUnclassified.length > 0 && (
        <section
          aria-labelledby="area-unclassified"
          data-link-area={UNCLASSIFIED}
          className="mt-10"
        >
          <h2
            id="area-unclassified"
            className="border-b border-dashed border-slate-300 pb-1 text-xl font-semibold dark:border-slate-700"
          >
            <Link
              href="/categories/unclassified"
              className="hover:text-sky-800 hover:underline dark:hover:text-sky-300"
            >
              <T k="category.unclassified" />
            </Link>
          </h2>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800/70">
            {visibleUnclassified.map((l) => (
              <LinkItem key={l.key} link={l} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
