import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Shell } from "@/components/Shell";
import { getNote } from "@/lib/content";
import { noteParams } from "@/lib/content/routes";
import { ICON_DATA_URI } from "@/lib/portal/icon";

export const metadata: Metadata = {
  title: { default: "Shiori", template: "%s · Shiori" },
  icons: { icon: ICON_DATA_URI },
};

export function generateStaticParams() {
  return noteParams();
}

/**
 * Note pages are their own root layout so `<html lang>` follows the note's language (the UI
 * chrome carries the reader's UI language on its own elements).
 */
export default async function NoteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ note: string }>;
}) {
  const note = getNote((await params).note);
  if (!note) notFound();
  return (
    <Shell lang={note.lang} note={note.slug}>
      {children}
    </Shell>
  );
}
