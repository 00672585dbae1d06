"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { IntentLink } from "./IntentLink";
import { usePathname } from "next/navigation";
import { i18nAttr } from "@/lib/i18n/attrs";
import { T } from "./T";

const LINKS = [
  { href: "/", key: "nav.dashboard" },
  { href: "/tags", key: "nav.tags" },
  { href: "/links", key: "nav.links" },
  { href: "/checklist", key: "nav.checklist" },
] as const;

/** The site's main sections in the header (wide screens; phones have them in the drawer). */
export function HeaderNav() {
  useDictionaries();
  const pathname = usePathname();
  const current = (href: string) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav
      {...i18nAttr("aria-label", "nav.site")}
      className="ml-4 hidden items-center gap-1 text-sm md:flex"
    >
      {LINKS.map((l) => (
        <IntentLink
          key={l.href}
          href={l.href}
          aria-current={current(l.href) ? "page" : undefined}
          className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:font-semibold aria-[current=page]:text-sky-800 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:aria-[current=page]:text-sky-300"
        >
          <T k={l.key} />
        </IntentLink>
      ))}
    </nav>
  );
}
