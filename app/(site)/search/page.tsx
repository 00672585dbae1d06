import type { Metadata } from "next";
import { Suspense } from "react";
import SearchPage from "@/components/search/SearchPage";

export const metadata: Metadata = { title: "Search" };

/** `/search?q=…`: a static shell; the query is read in the browser (static export). */
export default function Page() {
  return (
    <Suspense fallback={null}>
      <SearchPage />
    </Suspense>
  );
}
