"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { isPageKept, offlineSupported, onWorkerMessage } from "@/lib/offline/client";
import { pageKey } from "@/lib/offline/policy";
import { T } from "./T";
import { Icon } from "./ui/Icon";

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
          <Icon name="check" className="size-4" />
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
