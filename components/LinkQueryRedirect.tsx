"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { listHref } from "@/lib/portal/paginate";

/**
 * Old catalog addresses kept their filters in the query (`/links?area=capacity&lang=ja`); the
 * filters are paths now (`/links/area/capacity/lang/ja`). This sends such a bookmark to its page.
 */
export function LinkQueryRedirect({ areas, langs }: { areas: string[]; langs: string[] }) {
  const router = useRouter();
  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    const area = q.get("area");
    const lang = q.get("lang");
    if (area === null && lang === null) return;
    // The same address `linksHref` (lib/portal/lists.ts) builds; imported from there it would
    // pull the message dictionaries into the client bundle.
    const target = listHref("/links", [
      ["area", area !== null && areas.includes(area) ? area : null],
      ["lang", lang !== null && langs.includes(lang) ? lang : null],
    ]);
    router.replace(`${target}${window.location.hash}`);
  }, [areas, langs, router]);
  return null;
}
