"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { isPageKept, offlineSupported, onWorkerMessage } from "@/lib/offline/client";
import { pageKey } from "@/lib/offline/policy";
import { T } from "./T";

/**
 * The footer's line about offline reading: "Available offline" once this page is kept on the
 * device, and the way to the Offline reading page (save the whole site, see what is kept).
 */
const noSubscription = () => () => {};

export function OfflineStatus() {
  const pathname = usePathname();
  const [kept, setKept] = useState<boolean | null>(null);
  // The static HTML offers the link; a browser without service workers drops it.
  const supported = useSyncExternalStore(noSubscription, offlineSupported, () => true);

  useEffect(() => {
    if (!offlineSupported()) return;
    let live = true;
    const key = pageKey(location.pathname, location.origin);
    void isPageKept(location.pathname).then((k) => live && setKept(k));
    const stop = onWorkerMessage((message) => {
      if (message.type === "page-kept" && message.key === key) setKept(true);
      if (message.type === "forgotten") setKept(false);
      if (message.type === "save-done")
        void isPageKept(location.pathname).then((k) => live && setKept(k));
    });
    return () => {
      live = false;
      stop();
    };
  }, [pathname]);

  return (
    <p
      className="flex flex-wrap items-center gap-x-3 gap-y-1"
      data-offline-status={kept ? "kept" : ""}
    >
      {kept && (
        <span className="inline-flex items-center gap-1 text-emerald-800 dark:text-emerald-300">
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
            <path d="M16.7 5.3a1 1 0 0 1 0 1.4l-7.5 7.5a1 1 0 0 1-1.4 0L3.3 9.7a1 1 0 1 1 1.4-1.4l3.8 3.8 6.8-6.8a1 1 0 0 1 1.4 0z" />
          </svg>
          <T k="offline.pageKept" />
        </span>
      )}
      {supported && (
        <Link
          href="/offline"
          prefetch={false}
          className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-slate-100"
        >
          <T k="offline.link" />
        </Link>
      )}
    </p>
  );
}
