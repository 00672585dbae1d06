"use client";

import { IntentLink } from "./IntentLink";
import { usePathname } from "next/navigation";
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { ALL_NOTES_URL } from "@/lib/portal/lists";
import type { NavCategory, NavFolder, NavItem, NavNote, NavTree } from "@/lib/portal/nav";
import { Localized } from "./Localized";
import { T } from "./T";
import { Icon } from "./ui/Icon";

const NavTreeContext = createContext<NavTree | null>(null);

/**
 * Hands the page's navigation data to the sidebar and the phone drawer. The data crosses from
 * the server once (this provider's props); both navigations read it from here.
 */
export function NavTreeProvider({ tree, children }: { tree: NavTree; children: ReactNode }) {
  return <NavTreeContext.Provider value={tree}>{children}</NavTreeContext.Provider>;
}

function useNavTree(): NavTree {
  const tree = useContext(NavTreeContext);
  if (!tree)
    throw new Error("SidebarTree needs a NavTreeProvider above it (see components/Shell.tsx).");
  return tree;
}

/** Decodes a pathname for comparison with our hrefs (tag slugs may be non-ASCII). */
function samePath(pathname: string, href: string): boolean {
  try {
    return (
      decodeURI(pathname).replace(/\/$/, "") === decodeURI(href).replace(/\/$/, "") ||
      (href === "/" && pathname === "/")
    );
  } catch {
    return pathname === href;
  }
}

const within = (pathname: string, href: string) =>
  samePath(pathname, href) || pathname.startsWith(`${href}/`);

const linkClass = (current: boolean) =>
  `line-clamp-3 min-w-0 flex-1 rounded px-2 py-1 leading-snug [overflow-wrap:anywhere] ${
    current
      ? "bg-sky-50 font-medium text-sky-800 dark:bg-sky-950 dark:text-sky-200"
      : "text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
  }`;

function Chevron({ open }: { open: boolean }) {
  return (
    <Icon
      name="caretRight"
      className={`size-4 transition-transform motion-reduce:transition-none ${open ? "rotate-90" : ""}`}
    />
  );
}

/** A row with a link and, when it has children, a button that shows or hides them. */
function Group({
  href,
  label,
  labelLang,
  active,
  hasChildren,
  children,
}: {
  href: string;
  label: ReactNode;
  labelLang?: string;
  /** The current page is this row's page or below it: open by default. */
  active: boolean;
  hasChildren: boolean;
  children?: ReactNode;
}) {
  const pathname = usePathname();
  const [toggled, setToggled] = useState<boolean | null>(null);
  const id = useId();
  const open = toggled ?? active;
  const current = samePath(pathname, href);
  return (
    <li>
      <div className="flex items-start gap-0.5">
        {hasChildren ? (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setToggled(!open)}
            className="mt-0.5 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100"
          >
            <Chevron open={open} />
            <span className="sr-only">
              <T k="nav.showChildren" /> <span lang={labelLang}>{label}</span>
            </span>
          </button>
        ) : (
          <span aria-hidden="true" className="w-6 shrink-0" />
        )}
        <IntentLink
          href={href}
          lang={labelLang}
          aria-current={current ? "page" : undefined}
          className={linkClass(current)}
        >
          {label}
        </IntentLink>
      </div>
      {hasChildren && (
        <ul
          id={id}
          hidden={!open}
          className="ml-3.5 space-y-px border-l border-slate-200 pl-2 dark:border-slate-800"
        >
          {children}
        </ul>
      )}
    </li>
  );
}

function CategoryRows({ areas, pathname }: { areas: NavCategory[]; pathname: string }) {
  return (
    <>
      {areas.map((area) => (
        <Group
          key={area.id}
          href={area.url}
          label={<Localized texts={area.labels} />}
          active={within(pathname, area.url)}
          hasChildren={area.children.length > 0}
        >
          {area.children.map((sub) => {
            const current = samePath(pathname, sub.url);
            return (
              <li key={sub.id}>
                <IntentLink
                  href={sub.url}
                  aria-current={current ? "page" : undefined}
                  className={linkClass(current)}
                >
                  <Localized texts={sub.labels} />
                </IntentLink>
              </li>
            );
          })}
        </Group>
      ))}
    </>
  );
}

/** A note with its chapters (open on the note's own pages; the current chapter marked). */
function NoteGroup({ note, pathname }: { note: NavNote; pathname: string }) {
  return (
    <Group
      href={note.url}
      label={note.title}
      labelLang={note.lang}
      active={within(pathname, note.url)}
      hasChildren={note.chapters.length > 0}
    >
      <ChapterRows chapters={note.chapters} pathname={pathname} />
    </Group>
  );
}

function ChapterRows({ chapters, pathname }: { chapters: NavNote["chapters"]; pathname: string }) {
  return (
    <>
      {chapters.map((c) => {
        const current = samePath(pathname, c.url);
        return (
          <li key={c.slug}>
            <IntentLink
              href={c.url}
              lang={c.lang}
              aria-current={current ? "page" : undefined}
              className={linkClass(current)}
            >
              {c.title}
            </IntentLink>
          </li>
        );
      })}
    </>
  );
}

/** A folder: its page, then its index note's chapters, sub-folders and notes (open on the way to the current page). */
function FolderGroup({ folder, pathname }: { folder: NavFolder; pathname: string }) {
  return (
    <Group
      href={folder.url}
      label={folder.title}
      labelLang={folder.lang ?? undefined}
      active={within(pathname, folder.url)}
      hasChildren={folder.chapters.length + folder.items.length > 0}
    >
      <ChapterRows chapters={folder.chapters} pathname={pathname} />
      <ItemRows items={folder.items} pathname={pathname} />
    </Group>
  );
}

function ItemRows({ items, pathname }: { items: NavItem[]; pathname: string }) {
  return (
    <>
      {items.map((item) =>
        item.kind === "note" ? (
          <NoteGroup key={`n:${item.note.slug}`} note={item.note} pathname={pathname} />
        ) : (
          <FolderGroup key={`f:${item.folder.path}`} folder={item.folder} pathname={pathname} />
        ),
      )}
    </>
  );
}

const sectionLabel =
  "px-2 pb-1 pt-4 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400";

/**
 * Scrolls the sidebar (its own scroll box, never the page) so the current page's row is in view
 * when the page opens: chapter 14 of a long note is not left below the fold of the tree.
 */
function useRevealCurrent(pathname: string): void {
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (last.current === pathname) return;
    last.current = pathname;
    const box = document.querySelector<HTMLElement>("nav[data-sidebar]");
    const row = box?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!box || !row || box.clientHeight === 0) return;
    const top = row.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (top < 0 || top + row.offsetHeight > box.clientHeight)
      box.scrollTop += top - box.clientHeight / 3;
  }, [pathname]);
}

/**
 * The taxonomy tree, the notes with their chapters (all of them on a small site; otherwise the
 * current note) and a link to the all-notes index; the current page marked and opened.
 */
export function SidebarTree({ withSiteLinks = false }: { withSiteLinks?: boolean }) {
  const tree = useNavTree();
  const pathname = usePathname();
  useRevealCurrent(pathname);
  const ids = { site: useId(), categories: useId(), notes: useId() };
  const siteLinks = [
    { href: "/", key: "nav.dashboard" as const },
    { href: "/tags", key: "nav.tags" as const },
    { href: "/links", key: "nav.links" as const },
    { href: "/checklist", key: "nav.checklist" as const },
    { href: "/search", key: "nav.search" as const },
  ];
  return (
    <div className="text-sm">
      {withSiteLinks && (
        <>
          <p id={ids.site} className={sectionLabel}>
            <T k="nav.site" />
          </p>
          <ul aria-labelledby={ids.site} className="space-y-px">
            {siteLinks.map((l) => {
              const current = samePath(pathname, l.href);
              return (
                <li key={l.href} className="pl-[1.625rem]">
                  <IntentLink
                    href={l.href}
                    aria-current={current ? "page" : undefined}
                    className={linkClass(current)}
                  >
                    <T k={l.key} />
                  </IntentLink>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p id={ids.categories} className={sectionLabel}>
        <T k="nav.categories" />
      </p>
      <ul aria-labelledby={ids.categories} className="space-y-px">
        <CategoryRows areas={tree.areas} pathname={pathname} />
        <li className="pl-[1.625rem]">
          <IntentLink
            href="/categories/unclassified"
            aria-current={samePath(pathname, "/categories/unclassified") ? "page" : undefined}
            className={linkClass(samePath(pathname, "/categories/unclassified"))}
          >
            <T k="category.unclassified" />
          </IntentLink>
        </li>
      </ul>
      <p id={ids.notes} className={sectionLabel}>
        <T k="nav.notes" />
      </p>
      <ul aria-labelledby={ids.notes} className="space-y-px">
        <ItemRows items={tree.items ?? tree.current ?? []} pathname={pathname} />
        <li className="pl-[1.625rem]">
          <IntentLink
            href={ALL_NOTES_URL}
            data-all-notes=""
            aria-current={samePath(pathname, ALL_NOTES_URL) ? "page" : undefined}
            className={linkClass(within(pathname, ALL_NOTES_URL))}
          >
            <T k="nav.allNotes" />{" "}
            <span className="text-xs tabular-nums text-slate-600 dark:text-slate-400">
              ({tree.noteCount})
            </span>
          </IntentLink>
        </li>
      </ul>
      <p className="mt-6 border-t border-slate-200 pt-3 pl-[1.625rem] dark:border-slate-800">
        <IntentLink
          href="/health"
          aria-current={samePath(pathname, "/health") ? "page" : undefined}
          className={linkClass(samePath(pathname, "/health"))}
        >
          <T k="nav.health" />
        </IntentLink>
      </p>
    </div>
  );
}
