import type { Metadata } from "next";
import { ChecklistPage } from "@/components/checklist/ChecklistPage";
import { getContent } from "@/lib/content";
import { buildChecklistData } from "./data";
import { messageTitle } from "@/lib/i18n/title";

export const metadata: Metadata = {
  ...messageTitle("nav.checklist"),
  description: "Every production-readiness task from the notes, with your progress.",
};

export default function Page() {
  return <ChecklistPage data={buildChecklistData(getContent())} />;
}
