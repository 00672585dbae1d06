"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { useEffect, useRef, useState } from "react";
import type { Heading } from "@/lib/content/types";
import { i18nAttr } from "@/lib/i18n/attrs";
import { T } from "./T";

/** Offset below the sticky header at which a heading counts as the one being read. */
const READING_LINE = 96;

/** The heading being read: the last one whose top has passed the reading line. */
function currentHeading(ids: readonly string[]): string | null {
  let current: string | null = null;
  for (const id of ids) {
    const el = document.getElementById(id);
    if (!el) continue;
    if (el.getBoundingClientRect().top <= READING_LINE) current = id;
    else break;
  }
  return current ?? ids[0] ?? null;
}

/**
 * The headings of a page, indented by depth, with the one being read highlighted while
 * scrolling. `variant="aside"` is the sticky column on wide screens; `"inline"` a collapsible
 * block above the text for narrower ones.
 */
export function TableOfContents({
  headings,
  lang,
  variant,
}: {
  headings: Heading[];
  /** Language of the heading texts (the note's). */
  lang: string;
  variant: "aside" | "inline";
}) {
  useDictionaries();
  const [active, setActive] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (variant !== "aside") return;
    const ids = headings.map((h) => h.anchor as string);
    let frame = 0;
    const update = () => {
      frame = 0;
      setActive(currentHeading(ids));
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("hashchange", schedule);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [headings, variant]);

  // Keep the highlighted entry visible inside a long table of contents (without moving the page).
  useEffect(() => {
    const box = list.current?.closest<HTMLElement>("[data-toc-scroll]");
    const item = active
      ? list.current?.querySelector<HTMLElement>(`[data-toc-id="${CSS.escape(active)}"]`)
      : null;
    if (!box || !item) return;
    const top = item.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40)
      box.scrollTop = top - box.clientHeight / 3;
  }, [active]);

  if (headings.length < 2) return null;
  const min = Math.min(...headings.map((h) => h.depth));
  const items = (
    <ol ref={list} className="space-y-0.5 border-l border-slate-200 dark:border-slate-800">
      {headings.map((h) => {
        const current = active === h.anchor;
        return (
          <li key={h.anchor} data-toc-id={h.anchor}>
            <a
              href={`#${h.anchor}`}
              aria-current={current ? "location" : undefined}
              style={{ paddingInlineStart: `${(h.depth - min) * 0.75 + 0.75}rem` }}
              className={`-ml-px block border-l-2 py-0.5 pr-1 leading-snug ${
                current
                  ? "border-sky-600 font-medium text-sky-800 dark:border-sky-400 dark:text-sky-200"
                  : "border-transparent text-slate-600 hover:border-slate-400 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
              }`}
            >
              <span lang={lang}>{h.text}</span>
            </a>
          </li>
        );
      })}
    </ol>
  );
  if (variant === "inline") {
    return (
      <nav
        {...i18nAttr("aria-label", "toc.title")}
        data-ui-lang=""
        className="mb-6 rounded-lg border border-slate-200 text-sm xl:hidden dark:border-slate-800"
      >
        <details>
          <summary className="cursor-pointer select-none px-3 py-2 font-medium text-slate-700 dark:text-slate-200">
            <T k="toc.title" />
          </summary>
          <div className="max-h-[60vh] overflow-y-auto px-3 pb-3">{items}</div>
        </details>
      </nav>
    );
  }
  return (
    <nav {...i18nAttr("aria-label", "toc.title")} data-ui-lang="" data-toc="" className="text-sm">
      <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        <T k="toc.title" />
      </p>
      {items}
    </nav>
  );
}
