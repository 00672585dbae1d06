import type { ReactNode } from "react";
import { Shell } from "@/components/Shell";

/** The site shell for /checklist (the app has one root layout per top-level section). */
export default function ChecklistLayout({ children }: { children: ReactNode }) {
  return <Shell lang="en">{children}</Shell>;
}
