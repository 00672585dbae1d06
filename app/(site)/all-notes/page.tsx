import type { Metadata } from "next";
import { messageTitle } from "@/lib/i18n/title";
import { AllNotesView } from "@/components/AllNotesView";
import { getContent } from "@/lib/content";

export const metadata: Metadata = messageTitle("nav.allNotes");

/** Every note (page 1, all languages, folder order); later pages and filters below it. */
export default function AllNotesPage() {
  return <AllNotesView model={getContent()} filter={{ lang: null, sort: null }} page={1} />;
}
