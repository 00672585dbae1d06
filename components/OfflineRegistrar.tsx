"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { offlineSupported, tellWorker } from "@/lib/offline/client";
import { readUiLocale } from "@/lib/i18n/client";

/**
 * Starts the offline service worker and tells it each page the reader opens (a client-side
 * navigation never asks the network for the page's HTML, so the worker fetches and keeps it).
 * The development server gets none, and one left from a production build on the same port is
 * removed: its cached scripts would hide edits.
 */
export function OfflineRegistrar() {
  const pathname = usePathname();
  useEffect(() => {
    if (!offlineSupported()) return;
    if (process.env.NODE_ENV !== "production") {
      void navigator.serviceWorker
        .getRegistrations()
        .then((all) => Promise.all(all.map((r) => r.unregister())));
      return;
    }
    void tellWorker({ type: "keep-page", href: location.pathname, locale: readUiLocale() });
  }, [pathname]);
  return null;
}
