import Link from "next/link";
import type { ReactNode } from "react";
import { getContent } from "@/lib/content";
import { ClientEnhancements } from "./ClientEnhancements";
import { Sidebar } from "./Sidebar";
import { ThemeScript } from "./ThemeScript";
import { ThemeToggle } from "./ThemeToggle";
import "@/app/globals.css";

/** The document: <html lang>, theme script, header, sidebar and main area. */
export function Shell({ lang, children }: { lang: string; children: ReactNode }) {
  const model = getContent();
  return (
    <html lang={lang} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
          <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-3 px-4">
            <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
              <span aria-hidden="true" className="text-xl">🔖</span>
              <span>Shiori</span>
              <span lang="ja" className="text-sm font-normal text-slate-500 dark:text-slate-400">
                栞
              </span>
            </Link>
            <nav aria-label="Site" className="ml-4 hidden gap-4 text-sm md:flex">
              <Link href="/" className="hover:underline">
                Notes
              </Link>
            </nav>
            <div className="ml-auto flex items-center gap-1">
              <ThemeToggle labels={{ toDark: "Switch to dark theme", toLight: "Switch to light theme" }} />
            </div>
          </div>
        </header>
        <div className="mx-auto flex max-w-screen-2xl">
          <Sidebar model={model} />
          <main id="main" className="min-w-0 flex-1 px-4 py-6 lg:px-8">
            {children}
          </main>
        </div>
        <ClientEnhancements labels={{ copy: "Copy", copied: "Copied" }} />
      </body>
    </html>
  );
}
