"use client";

import * as z from "zod/mini";
import "@/lib/zod-mini";
import { useEffect } from "react";
import { THEME_KEY } from "./ThemeScript";
import { T } from "./T";

/** A stored theme choice: untrusted, so validated; anything else means "follow the system". */
const themeSchema = z.enum(["light", "dark"]);
type Theme = z.infer<typeof themeSchema>;

function storedTheme(): Theme | null {
  try {
    const parsed = themeSchema.safeParse(window.localStorage.getItem(THEME_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const systemDark = () => window.matchMedia("(prefers-color-scheme: dark)");

/**
 * Switches light/dark and remembers the choice; until the reader chooses, the system setting
 * rules (and is followed live). Icon and label switch by CSS on `html.dark`, so the first paint
 * is already right.
 */
export function ThemeToggle() {
  useEffect(() => {
    const media = systemDark();
    const onSystemChange = () => {
      if (storedTheme() === null) document.documentElement.classList.toggle("dark", media.matches);
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key !== THEME_KEY) return;
      const theme = storedTheme();
      document.documentElement.classList.toggle("dark", theme ? theme === "dark" : media.matches);
    };
    media.addEventListener("change", onSystemChange);
    window.addEventListener("storage", onStorage);
    return () => {
      media.removeEventListener("change", onSystemChange);
      window.removeEventListener("storage", onStorage);
    };
  }, []);
  const toggle = () => {
    const next: Theme = document.documentElement.classList.contains("dark") ? "light" : "dark";
    document.documentElement.classList.toggle("dark", next === "dark");
    try {
      window.localStorage.setItem(THEME_KEY, next);
    } catch {
      // storage unavailable: the choice lasts for this page only
    }
  };
  return (
    <button
      type="button"
      onClick={toggle}
      data-theme-toggle=""
      className="inline-flex size-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <span className="dark:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
          <path d="M15.5 12.8A6.5 6.5 0 0 1 7.2 4.5a6.5 6.5 0 1 0 8.3 8.3z" />
        </svg>
        <span className="sr-only">
          <T k="theme.toDark" />
        </span>
      </span>
      <span className="hidden dark:inline">
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <circle cx="10" cy="10" r="3.5" />
          <path d="M10 1.8v2.4M10 15.8v2.4M1.8 10h2.4M15.8 10h2.4M4.2 4.2l1.7 1.7M14.1 14.1l1.7 1.7M4.2 15.8l1.7-1.7M14.1 5.9l1.7-1.7" />
        </svg>
        <span className="sr-only">
          <T k="theme.toLight" />
        </span>
      </span>
    </button>
  );
}
