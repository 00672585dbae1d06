import { FEED_PATH } from "@/lib/portal/feed";
import { OfflineStatus } from "./OfflineStatus";
import { T } from "./T";

/** The foot of every page: offline reading (this page kept? save the site) and the Atom feed. */
export function SiteFooter() {
  return (
    <footer
      data-ui-lang=""
      className="page-column page-narrow mt-16 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400"
    >
      <OfflineStatus />
      <a
        href={FEED_PATH}
        className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-slate-100"
      >
        <T k="footer.feed" />
      </a>
    </footer>
  );
}
