import type { CategoryId, FilingEvidence, TaxonomyCategory } from "@/lib/content/types";
import { labelsByLocale } from "@/lib/i18n/messages";
import { Localized } from "./Localized";
import { T } from "./T";

/**
 * "Why it is filed here", on request: for each category a page is filed under, the terms that
 * decided it and where they occur (`バックアップ ×4 in headings, Velero ×2 in the text`).
 */
export function FilingWhy({
  evidence,
  index,
  lang,
}: {
  evidence: readonly FilingEvidence[];
  index: Map<CategoryId, TaxonomyCategory>;
  /** Language of the page's text (the terms are quoted from it). */
  lang: string;
}) {
  return (
    <details data-filing-why="" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
      <summary
        data-ui-lang=""
        className="cursor-pointer select-none hover:text-sky-800 dark:hover:text-sky-300"
      >
        <T k="filing.why" />
      </summary>
      {evidence.length === 0 ? (
        <p data-ui-lang="" className="mt-1">
          <T k="filing.none" />
        </p>
      ) : (
        <ul className="mt-1 space-y-1">
          {evidence.map((e, i) => {
            const category = index.get(e.category);
            return (
              <li key={e.category} data-filing-category={e.category}>
                <span data-ui-lang="" className="font-medium text-slate-800 dark:text-slate-200">
                  {category ? <Localized texts={labelsByLocale(category.labels)} /> : e.category}
                </span>
                {i === 0 && evidence.length > 1 && (
                  <span data-ui-lang="">
                    {" "}
                    (<T k="filing.primary" />)
                  </span>
                )}
                {": "}
                {e.terms.map((t, k) => (
                  <span key={`${t.term}-${t.field}-${k}`}>
                    {k > 0 && ", "}
                    <span lang={lang} className="text-slate-800 dark:text-slate-200">
                      {t.term}
                    </span>
                    {t.count > 1 && ` ×${t.count}`}{" "}
                    <span data-ui-lang="">
                      (<T k={`filing.field.${t.field}`} />)
                    </span>
                  </span>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
