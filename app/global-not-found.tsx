import type { Metadata } from "next";
import Link from "next/link";
import { ThemeScript } from "@/components/ThemeScript";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · Shiori" };

export default function GlobalNotFound() {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <main className="mx-auto max-w-xl px-6 py-24">
          <h1 className="text-3xl font-bold">Page not found</h1>
          <p className="mt-4">This page does not exist. It may have been renamed when its note changed.</p>
          <ul className="mt-6 list-disc space-y-2 pl-6">
            <li><Link href="/" className="text-sky-700 underline dark:text-sky-400">All notes</Link></li>
          </ul>
        </main>
      </body>
    </html>
  );
}
