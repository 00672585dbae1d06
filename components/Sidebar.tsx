import { i18nAttr } from "@/lib/i18n/attrs";
import { SidebarTree } from "./SidebarTree";

/**
 * Left navigation on wide screens: the taxonomy tree and the notes (phones get `MobileNav`). Its
 * data comes from the `NavTreeProvider` in `Shell`, shared with the drawer.
 */
export function Sidebar() {
  return (
    <nav
      {...i18nAttr("aria-label", "nav.sidebar")}
      data-ui-lang=""
      data-sidebar=""
      className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-72 shrink-0 overflow-y-auto overscroll-contain border-r border-slate-200 px-2 pb-8 lg:block dark:border-slate-800"
    >
      <SidebarTree />
    </nav>
  );
}
