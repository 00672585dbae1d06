import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Shell } from "@/components/Shell";
import { ICON_DATA_URI } from "@/lib/portal/icon";

export const metadata: Metadata = {
  title: { default: "Shiori", template: "%s · Shiori" },
  icons: { icon: ICON_DATA_URI },
};

// The site's pages live in route groups with their own root layouts; /search gets the same shell
// as app/(site)/layout.tsx. (Moving app/search into app/(site)/ would make this file unnecessary.)
export default function SearchLayout({ children }: { children: ReactNode }) {
  return (
    <Shell lang="en" followUi>
      {children}
    </Shell>
  );
}
