import type { Metadata } from "next";
import { AllNotesView } from "@/components/AllNotesView";
import { getContent } from "@/lib/content";

export const metadata: Metadata = { title: "All notes" };

/** Every note (page 1, all languages, folder order); later pages and filters below it. */
export default function AllNotesPage() {
  return <AllNotesView model={getContent()} filter={{ lang: null, sort: null }} page={1} />;
}
