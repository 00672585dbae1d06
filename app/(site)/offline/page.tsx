import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { OfflinePanel } from "@/components/OfflinePanel";
import { T } from "@/components/T";
import { messageTitle } from "@/lib/i18n/title";

export const metadata: Metadata = {
  ...messageTitle("offline.title"),
  description: "Keep the notes on this device, to read runbooks and search them without a network.",
};

/**
 * `/offline`: what is kept on this device for reading without a network, and the control that
 * saves the whole site (or removes it). Pages a reader opens are kept without asking.
 */
export default function Page() {
  return (
    <div className="page-column page-narrow">
      <Breadcrumbs crumbs={[{ href: null, label: <T k="offline.title" /> }]} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
        <T k="offline.title" />
      </h1>
      <p className="mt-3 max-w-prose text-slate-700 dark:text-slate-300">
        <T k="offline.intro" />
      </p>
      <p className="mt-4 text-slate-700 dark:text-slate-300" data-noscript="">
        <T k="offline.noscript" />
      </p>
      <OfflinePanel />
    </div>
  );
}
