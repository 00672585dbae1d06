"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useUiLocale } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/messages";

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
 * copy-link on heading anchors, announced in a live region. The HTML carries its own labels in
 * every UI language (lib/content/render.ts). One delegated listener, removed on unmount.
 */
export function ClientEnhancements() {
  const locale = useUiLocale();
  const pathname = usePathname();
  const [message, setMessage] = useState("");
  const timers = useRef<number[]>([]);

  // The renderer writes the copy button's label in every language (CSS shows one); once the
  // button has said "Copied" it holds plain text, so put it back in the reader's language.
  useEffect(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>(
      "[data-copy-code][data-copy-text]",
    )) {
      if (!button.dataset.copyState) button.textContent = translate(locale, "copy.code");
      button.lang = locale;
    }
  }, [locale, pathname]);

  useEffect(() => {
    const later = (fn: () => void, ms: number) => timers.current.push(window.setTimeout(fn, ms));
    const announce = (text: string) => {
      setMessage("");
      later(() => setMessage(text), 50);
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const copyButton = target?.closest<HTMLButtonElement>("[data-copy-code]");
      if (copyButton) {
        const code = copyButton.closest("figure")?.querySelector("pre")?.textContent ?? "";
        void copyText(code).then((ok) => {
          copyButton.dataset.copyState = ok ? "copied" : "failed";
          copyButton.dataset.copyText = "";
          copyButton.lang = locale;
          copyButton.textContent = translate(locale, ok ? "copy.copied" : "copy.failed");
          announce(translate(locale, ok ? "copy.codeCopied" : "copy.failed"));
          later(() => {
            delete copyButton.dataset.copyState;
            copyButton.textContent = translate(locale, "copy.code");
          }, 2000);
        });
        return;
      }
      const anchor = target?.closest<HTMLAnchorElement>("a[data-copy-link]");
      if (anchor) {
        // The link still moves to its heading; the full URL goes to the clipboard as well.
        void copyText(anchor.href).then((ok) => {
          const text = translate(locale, ok ? "copy.linkCopied" : "copy.failed");
          anchor.dataset.copied = text;
          announce(text);
          later(() => delete anchor.dataset.copied, 2000);
        });
      }
    };
    document.addEventListener("click", onClick);
    const pending = timers.current;
    return () => {
      document.removeEventListener("click", onClick);
      for (const id of pending) window.clearTimeout(id);
      pending.length = 0;
    };
  }, [locale]);

  return (
    <div role="status" aria-live="polite" lang={locale} className="sr-only">
      {message}
    </div>
  );
}
