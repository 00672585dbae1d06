import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Shell } from "@/components/Shell";
import { getNotesPage } from "@/lib/content";
import { notesPageParams } from "@/lib/content/routes";
import { ICON_DATA_URI } from "@/lib/portal/icon";

export const metadata: Metadata = {
  title: { default: "Shiori", template: "%s · Shiori" },
  icons: { icon: ICON_DATA_URI },
};

export function generateStaticParams() {
  return notesPageParams();
}

/**
 * Pages under /notes are their own root layout so `<html lang>` follows the note's language (the
 * UI chrome carries the reader's UI language on its own elements); a folder's generated page
 * follows the UI language.
 */
export default async function NotesLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ path?: string[] }>;
}) {
  const page = getNotesPage((await params).path);
  if (!page) notFound();
  if (page.kind === "folder") {
    return (
      <Shell lang="en" followUi folder={page.folder.path}>
        {children}
      </Shell>
    );
  }
  return (
    <Shell lang={page.note.lang} note={page.note.slug}>
      {children}
    </Shell>
  );
}
