"use client";

import { useEffect } from "react";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Behaviour for the rendered note HTML (which is static): copy buttons on code blocks and
 * copy-link on heading anchors. One delegated listener, removed on unmount.
 */
export function ClientEnhancements({ labels }: { labels: { copied: string; copy: string } }) {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const copyButton = target?.closest<HTMLButtonElement>("[data-copy-code]");
      if (copyButton) {
        const code = copyButton.closest("figure")?.querySelector("pre")?.textContent ?? "";
        void copyText(code).then((ok) => {
          if (!ok) return;
          copyButton.textContent = labels.copied;
          window.setTimeout(() => (copyButton.textContent = labels.copy), 1500);
        });
        return;
      }
      const anchor = target?.closest<HTMLAnchorElement>("a[data-copy-link]");
      if (anchor) {
        void copyText(anchor.href);
      }
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [labels.copied, labels.copy]);
  return null;
}
