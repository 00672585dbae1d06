"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { i18nAttr } from "@/lib/i18n/attrs";
import { SidebarTree } from "./SidebarTree";
import { T } from "./T";
import { IconButton } from "./ui/IconButton";

/**
 * The sidebar as a drawer for narrow screens: a modal <dialog> (focus kept inside, Escape closes,
 * the page behind is inert), closed again when a link inside navigates. Its tree is rendered
 * only while it is open, from the data the sidebar already has (`NavTreeProvider`), so the page
 * carries no second copy of the navigation.
 */
export function MobileNav() {
  useDictionaries();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);
  return (
    <>
      <IconButton
        icon="menu"
        label={<T k="nav.openMenu" />}
        data-drawer-open=""
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
        className="text-slate-700 lg:hidden dark:text-slate-200"
      />
      <dialog
        ref={dialog}
        data-drawer=""
        {...i18nAttr("aria-label", "nav.sidebar")}
        onClose={() => setOpen(false)}
        onClick={(e) => {
          if (e.target === e.currentTarget) e.currentTarget.close();
        }}
        className="m-0 h-dvh max-h-none w-80 max-w-[85vw] overflow-y-auto overscroll-contain border-r border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-100"
      >
        <div className="sticky top-0 flex items-center justify-between border-b border-slate-200 bg-white px-3 py-2 dark:border-slate-800 dark:bg-slate-950">
          <span className="font-semibold">Shiori</span>
          <IconButton
            icon="close"
            label={<T k="nav.closeMenu" />}
            onClick={() => dialog.current?.close()}
          />
        </div>
        <nav
          {...i18nAttr("aria-label", "nav.sidebar")}
          className="px-2 pb-8"
          onClick={(e) => {
            // Following a link closes the drawer, also when it is the page already shown.
            if (e.target instanceof Element && e.target.closest("a[href]")) dialog.current?.close();
          }}
        >
          {open && <SidebarTree withSiteLinks />}
        </nav>
      </dialog>
    </>
  );
}
