import type { Metadata } from "next";
import Link from "next/link";
import { getContent } from "@/lib/content";
import { DIAGNOSTIC_CATALOGUE } from "@/lib/content/diagnostic-codes";
import type { Severity } from "@/lib/content/types";
import { groupByCode, groupByFile, listedFiles, SEVERITIES } from "./health";
import { Localized } from "@/components/Localized";
import { T } from "@/components/T";
import { localizedBy } from "@/lib/i18n/format";
import { translate } from "@/lib/i18n/messages";
import type { UiLocale } from "@/lib/i18n/locales";
import { messageTitle } from "@/lib/i18n/title";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";

export const metadata: Metadata = { ...messageTitle("nav.health"), robots: { index: false } };

const KEYS = {
  error: { count: "health.count.error", chip: "health.chip.error", badge: "health.severity.error" },
  warning: {
    count: "health.count.warning",
    chip: "health.chip.warning",
    badge: "health.severity.warning",
  },
  info: { count: "health.count.info", chip: "health.chip.info", badge: "health.severity.info" },
} as const satisfies Record<Severity, Record<string, string>>;

const BADGE: Record<Severity, string> = {
  error: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  warning: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  info: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
};

/** "2 errors · 1 warning" in `locale`. */
const counts = (locale: UiLocale, n: Record<Severity, number>, only = SEVERITIES) =>
  only.map((s) => translate(locale, KEYS[s].count, { count: n[s] })).join(" · ");

/**
 * The filter chips are radio buttons; these rules hide what the checked one leaves out, so the
 * page filters without JavaScript.
 */
const FILTER_CSS = SEVERITIES.map(
  (s) =>
    `[data-health]:has(#health-${s}:checked) [data-severity]:not([data-severity="${s}"]),` +
    `[data-health]:has(#health-${s}:checked) [data-file]:not(:has([data-severity="${s}"])){display:none}`,
).join("");

/**
 * The diagnostics of the last build: how many of each kind, then the worst files in full (up to
 * `HEALTH_LIST_MAX` problems; `npm run shiori -- check` prints every one).
 */
export default function HealthPage() {
  const { diagnostics, notes } = getContent();
  const { files, counts: total } = groupByFile(diagnostics, notes);
  const listed = listedFiles(files);
  const shown = listed.reduce((n, f) => n + f.diagnostics.length, 0);
  const kinds = groupByCode(diagnostics);
  // The chips filter what is listed, so they count what is listed.
  const listedCount = (s: Severity) => listed.reduce((n, f) => n + f.counts[s], 0);
  const chips = [
    { id: "all", key: "health.all", n: shown } as const,
    ...SEVERITIES.map((s) => ({ id: s, key: KEYS[s].chip, n: listedCount(s) })),
  ];
  return (
    <div className="page-column page-narrow" data-health="">
      <style>{FILTER_CSS}</style>
      <PageHeader
        crumbs={[{ href: null, label: <T k="nav.health" /> }]}
        title={<T k="nav.health" />}
        intro={
          <>
            <T k="health.intro" /> <T k="health.cli" />{" "}
            <code className="text-sm">npm run shiori -- check</code>
          </>
        }
      />
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-health-summary="">
        <Localized
          texts={localizedBy((locale) =>
            translate(locale, "health.summary", {
              counts: counts(locale, total),
              files: files.length,
              count: files.length,
            }),
          )}
        />
      </p>
      {files.length === 0 ? (
        <p className="mt-6 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          <T k="health.none" />
        </p>
      ) : (
        <>
          <Section id="health-kinds" className="mt-6" title={<T k="health.byKind" />}>
            <table className="w-full text-left text-sm" data-health-kinds="">
              <thead className="text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    <T k="health.kind.code" />
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium whitespace-nowrap">
                    <T k="health.kind.severity" />
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right font-medium whitespace-nowrap">
                    <T k="health.kind.count" />
                  </th>
                  <th scope="col" className="py-1 text-right font-medium whitespace-nowrap">
                    <T k="health.kind.files" />
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {kinds.map((k) => (
                  <tr key={k.code} data-code={k.code}>
                    <td className="py-1 pr-3">
                      <code className="text-xs [overflow-wrap:anywhere]">{k.code}</code>
                      <span
                        className="block text-xs text-slate-600 dark:text-slate-400"
                        data-code-summary=""
                        lang="en"
                      >
                        {DIAGNOSTIC_CATALOGUE[k.code]}
                      </span>
                    </td>
                    <td className="py-1 pr-3">
                      <span
                        className={`rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${BADGE[k.severity]}`}
                      >
                        <T k={KEYS[k.severity].badge} />
                      </span>
                    </td>
                    <td className="py-1 pr-3 text-right tabular-nums">{k.count}</td>
                    <td className="py-1 text-right tabular-nums">{k.files}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          {shown < diagnostics.length && (
            <p
              data-health-listed=""
              className="cjk-text mt-6 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200"
            >
              <T
                k="health.listed"
                vars={{
                  shown,
                  total: diagnostics.length,
                  files: listed.length,
                  allFiles: files.length,
                }}
              />{" "}
              <code className="text-sm">npm run shiori -- check</code>
            </p>
          )}
          <fieldset className="mt-6">
            <legend className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-300">
              <T k="health.show" />
            </legend>
            <div className="flex flex-wrap gap-2">
              {chips.map((c) => (
                <label
                  key={c.id}
                  className="inline-flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 px-3 py-1 text-sm has-checked:border-sky-700 has-checked:bg-sky-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-600 dark:border-slate-600 dark:has-checked:border-sky-400 dark:has-checked:bg-sky-400 dark:has-checked:text-slate-950"
                >
                  <input
                    type="radio"
                    name="health-severity"
                    id={`health-${c.id}`}
                    defaultChecked={c.id === "all"}
                    className="sr-only"
                  />
                  <T k={c.key} />
                  <span className="tabular-nums">{c.n}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <ol className="mt-6 space-y-6">
            {listed.map((f) => (
              <li
                key={f.file}
                data-file={f.file}
                className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <h2 className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-base font-semibold">
                  <code className="[overflow-wrap:anywhere]">{f.file}</code>
                  {f.href && (
                    <Link
                      href={f.href}
                      className="text-sm font-normal text-sky-700 underline dark:text-sky-300"
                    >
                      <T k="health.openNote" />
                    </Link>
                  )}
                </h2>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  <Localized
                    texts={localizedBy((locale) =>
                      [
                        counts(
                          locale,
                          f.counts,
                          SEVERITIES.filter((s) => f.counts[s] > 0),
                        ),
                        ...(f.href ? [] : [translate(locale, "health.unpublished")]),
                      ].join(" · "),
                    )}
                  />
                </p>
                <ul className="mt-3 space-y-3">
                  {f.diagnostics.map((d, i) => (
                    <li key={i} data-severity={d.severity} className="text-sm">
                      <div className="flex flex-wrap items-center gap-2">
                        <span
                          className={`rounded px-1.5 py-0.5 text-xs font-medium ${BADGE[d.severity]}`}
                        >
                          <T k={KEYS[d.severity].badge} />
                        </span>
                        <code className="text-xs [overflow-wrap:anywhere]">
                          {d.line === null ? d.file : `${d.file}:${d.line}`}
                        </code>
                        <code className="text-xs text-slate-600 dark:text-slate-400">{d.code}</code>
                      </div>
                      <p className="mt-1 text-slate-800 break-words dark:text-slate-200">
                        {d.message}
                      </p>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
