import type { ReactNode } from "react";
import { getContent } from "@/lib/content";
import { cspNonce } from "@/lib/csp-nonce";
import { FEED_PATH } from "@/lib/portal/feed";
import { navTree } from "@/lib/portal/nav";
import { ClientEnhancements } from "./ClientEnhancements";
import { HeaderNav } from "./HeaderNav";
import { IntentLink } from "./IntentLink";
import { LocalePicker } from "./LocalePicker";
import { LocaleScript } from "./LocaleScript";
import { LocaleSync } from "./LocaleSync";
import { MobileNav } from "./MobileNav";
import { OfflineRegistrar } from "./OfflineRegistrar";
import { SearchButton } from "./SearchButton";
import { SearchPaletteLoader } from "./SearchPaletteLoader";
import { Sidebar } from "./Sidebar";
import { SiteFooter } from "./SiteFooter";
import { NavTreeProvider } from "./SidebarTree";
import { T } from "./T";
import { PrepaintScript } from "./PrepaintScript";
import { ThemeScript } from "./ThemeScript";
import { ThemeToggle } from "./ThemeToggle";
import "@/app/globals.css";
import { Icon } from "./ui/Icon";

/**
 * The document: <html lang>, the theme and UI-language scripts, header, sidebar (a drawer on
 * phones) and main area.
 *
 * `lang` is the page's language. On pages of the site (dashboard, categories, tags…) pass
 * `followUi`: `lang` then follows the reader's UI language. On note pages `lang` stays the note's;
 * the UI text carries its own `lang` (see `<T>`).
 */
export async function Shell({
  lang,
  followUi = false,
  note = null,
  folder = null,
  children,
}: {
  lang: string;
  followUi?: boolean;
  /** The note whose pages these are (the sidebar shows it with its chapters). */
  note?: string | null;
  /** The folder whose generated page this is (the sidebar opens it). */
  folder?: string | null;
  children: ReactNode;
}) {
  // Small and independent of the number of notes on big sites (see lib/portal/nav.ts); it crosses
  // to the client once, through the provider, for both the sidebar and the phone drawer.
  const tree = navTree(getContent(), note, undefined, folder);
  const nonce = await cspNonce();
  return (
    <html lang={lang} data-lang-follows-ui={followUi ? "" : undefined} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
        <LocaleScript nonce={nonce} />
        <PrepaintScript nonce={nonce} />
        <link rel="alternate" type="application/atom+xml" title="Shiori" href={FEED_PATH} />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-white px-3 py-2 text-slate-900 focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:outline-2 focus:outline-sky-600"
        >
          <T k="site.skip" />
        </a>
        <NavTreeProvider tree={tree}>
          <header
            data-ui-lang=""
            className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/80 dark:border-slate-800 dark:bg-slate-950/95 dark:supports-[backdrop-filter]:bg-slate-950/80"
          >
            <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-1 px-2 sm:gap-2 sm:px-4">
              <MobileNav />
              <IntentLink
                href="/"
                className="flex shrink-0 items-center gap-1.5 rounded px-1 font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-sky-600"
              >
                <Icon name="bookmark" className="size-5 text-sky-700 dark:text-sky-400" />
                <span>Shiori</span>
                <span
                  lang="ja"
                  className="hidden text-sm font-normal text-slate-500 sm:inline dark:text-slate-400"
                >
                  栞
                </span>
              </IntentLink>
              <HeaderNav />
              <div className="ml-auto flex items-center gap-1">
                <SearchButton />
                <LocalePicker />
                <ThemeToggle />
              </div>
            </div>
          </header>
          <div className="mx-auto flex max-w-screen-2xl">
            <Sidebar />
            <main
              id="main"
              tabIndex={-1}
              className="min-w-0 flex-1 px-4 pb-8 pt-6 focus:outline-none sm:px-6 lg:px-10"
            >
              {children}
              <SiteFooter />
            </main>
          </div>
        </NavTreeProvider>
        <SearchPaletteLoader />
        <LocaleSync />
        <ClientEnhancements />
        <OfflineRegistrar />
      </body>
    </html>
  );
}
