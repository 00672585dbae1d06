"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { useLayoutEffect, useRef } from "react";
import { isDismissed, rememberDismissed } from "@/lib/client/prepaint";
import { i18nAttr } from "@/lib/i18n/attrs";

/**
 * Hides the notice it sits in (the nearest `[data-dismiss-key]`) and remembers that. On a page
 * load the pre-paint script (lib/client/prepaint) hides a dismissed notice before it is painted;
 * after a client-side navigation this does, before paint too. When storage is blocked the
 * notice still closes for this page.
 */
export function DismissButton() {
  useDictionaries();
  const ref = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const notice = ref.current?.closest<HTMLElement>("[data-dismiss-key]");
    if (notice && isDismissed(notice.dataset.dismissKey ?? "")) notice.hidden = true;
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      data-dismiss=""
      {...i18nAttr("aria-label", "notice.dismiss")}
      {...i18nAttr("title", "notice.dismiss")}
      onClick={(event) => {
        const notice = event.currentTarget.closest<HTMLElement>("[data-dismiss-key]");
        if (!notice) return;
        notice.hidden = true;
        rememberDismissed(notice.dataset.dismissKey ?? "");
      }}
      className="-m-1 inline-flex size-7 shrink-0 items-center justify-center rounded text-base leading-none hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-600 dark:hover:bg-amber-900/50"
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}
