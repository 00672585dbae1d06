import type { Metadata } from "next";
import { OfflinePanel } from "@/components/OfflinePanel";
import { T } from "@/components/T";
import { messageTitle } from "@/lib/i18n/title";
import { PageHeader } from "@/components/ui/PageHeader";

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
      <PageHeader
        crumbs={[{ href: null, label: <T k="offline.title" /> }]}
        title={<T k="offline.title" />}
        intro={<T k="offline.intro" />}
        introClassName="max-w-prose"
      />
      <p className="mt-4 text-slate-700 dark:text-slate-300" data-noscript="">
        <T k="offline.noscript" />
      </p>
      <OfflinePanel />
    </div>
  );
}
