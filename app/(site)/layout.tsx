import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Shell } from "@/components/Shell";
import { ICON_DATA_URI } from "@/lib/portal/icon";

export const metadata: Metadata = {
  title: { default: "Shiori", template: "%s · Shiori" },
  description: "Production-readiness study notes in Japanese, Chinese, Korean and English.",
  icons: { icon: ICON_DATA_URI },
};

/** Root layout of the site's own pages: `<html lang>` follows the reader's UI language. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <Shell lang="en" followUi>
      {children}
    </Shell>
  );
}
