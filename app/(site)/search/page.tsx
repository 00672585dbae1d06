import type { Metadata } from "next";
import { Suspense } from "react";
import SearchPage from "@/components/search/SearchPage";
import { messageTitle } from "@/lib/i18n/title";

export const metadata: Metadata = messageTitle("nav.search");

/** `/search?q=…`: a static shell; the query is read in the browser (static export). */
export default function Page() {
  return (
    <Suspense fallback={null}>
      <SearchPage />
    </Suspense>
  );
}
