import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Shell } from "@/components/Shell";

export const metadata: Metadata = {
  title: { default: "Shiori", template: "%s · Shiori" },
  description: "Production-readiness study notes in Japanese, Chinese, Korean and English.",
};

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <Shell lang="en">{children}</Shell>;
}
