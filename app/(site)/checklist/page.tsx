import type { Metadata } from "next";
import { ChecklistPage } from "@/components/checklist/ChecklistPage";
import { getContent } from "@/lib/content";
import { buildChecklistData } from "./data";

export const metadata: Metadata = {
  title: "Checklist",
  description: "Every production-readiness task from the notes, with your progress.",
};

export default function Page() {
  return <ChecklistPage data={buildChecklistData(getContent())} />;
}
