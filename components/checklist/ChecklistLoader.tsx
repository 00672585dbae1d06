"use client";

import { useEffect, useState } from "react";
import { normalizeDocumentText } from "@/lib/search/normalize";
import { T } from "@/components/T";
import { ChecklistPage, type ReadinessRef } from "./ChecklistPage";
import type { ChecklistPageData } from "@/lib/portal/checklist-types";
import { unpackChecklistData } from "@/lib/portal/checklist-wire";
import { PageHeader } from "../ui/PageHeader";

type Load =
  | { state: "loading" }
  | { state: "failed"; reason: string }
  | { state: "ready"; data: ChecklistPageData };

/**
 * Fetches the checklist items (`src`, a URL carrying the data's content hash so a browser cache
 * never serves items of an older build) and shows the checklist page once they are in. The ticks
 * themselves live in localStorage and are never touched here.
 *
 * The "Loading…" line is in the static HTML, marked `data-needs-js`: CSS shows it only once the
 * head script has run (without JavaScript it would never go away); the page lists the items for
 * readers without JavaScript beside this (`data-noscript`).
 */
export function ChecklistLoader({
  src,
  total,
  readiness,
}: {
  src: string;
  total: number;
  readiness?: ReadinessRef;
}) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    fetch(src)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return unpackChecklistData(await response.json(), normalizeDocumentText);
      })
      .then((data) => live && setLoad({ state: "ready", data }))
      .catch((error: unknown) => live && setLoad({ state: "failed", reason: String(error) }));
    return () => {
      live = false;
    };
  }, [src, attempt]);

  if (load.state === "ready") return <ChecklistPage data={load.data} readiness={readiness} />;
  return (
    <div className="page-column page-narrow" data-checklist-loading="">
      <PageHeader
        crumbs={[{ href: null, label: <T k="nav.checklist" /> }]}
        title={<T k="checklist.title" />}
      />
      {load.state === "loading" ? (
        <p role="status" data-needs-js="" className="mt-4 text-slate-700 dark:text-slate-300">
          <T k="checklist.loading" /> <span className="tabular-nums">({total})</span>
        </p>
      ) : (
        <div
          role="alert"
          className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p>
            <T k="checklist.loadFailed" /> <code className="text-sm">{load.reason}</code>
          </p>
          <button
            type="button"
            onClick={() => {
              setLoad({ state: "loading" });
              setAttempt((n) => n + 1);
            }}
            className="mt-2 rounded-md border border-amber-400 px-3 py-1 text-sm font-medium hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-amber-600 dark:hover:bg-amber-900"
          >
            <T k="checklist.retry" />
          </button>
        </div>
      )}
    </div>
  );
}
