"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { useEffect, useSyncExternalStore } from "react";
import { i18nAttr } from "@/lib/i18n/attrs";
import { translate, type MessageKey } from "@/lib/i18n/messages";
import { takeEarlyChoice } from "@/lib/client/early-choice";
import { THEME_KEY } from "./ThemeScript";
import { Icon } from "./ui/Icon";
import { ICON_CONTROL } from "./ui/IconButton";

/** A stored theme choice: untrusted, so validated; anything else means "follow the system". */
type Theme = "light" | "dark";
const isTheme = (value: unknown): value is Theme => value === "light" || value === "dark";
/** What the reader chose: a theme, or to follow the system (nothing stored). */
type ThemeChoice = Theme | "system";

const CHOICES: readonly { value: ThemeChoice; key: MessageKey }[] = [
  { value: "system", key: "theme.system" },
  { value: "light", key: "theme.light" },
  { value: "dark", key: "theme.dark" },
];

function storedTheme(): Theme | null {
  try {
    const stored = window.localStorage.getItem(THEME_KEY);
    return isTheme(stored) ? stored : null;
  } catch {
    return null;
  }
}

const systemDark = () => window.matchMedia("(prefers-color-scheme: dark)");

/** Puts `html.dark` where the choice (or, following the system, the system setting) says. */
function applyTheme(theme: Theme | null): void {
  document.documentElement.classList.toggle(
    "dark",
    theme ? theme === "dark" : systemDark().matches,
  );
}

/** Listeners of this page's own changes (the `storage` event only reports other tabs'). */
const listeners = new Set<() => void>();
/** The choice if storage is blocked: it lasts for this page only. */
let pageChoice: Theme | null | undefined;

function readChoice(): ThemeChoice {
  const theme = pageChoice === undefined ? storedTheme() : pageChoice;
  return theme ?? "system";
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_KEY || event.key === null) onChange();
  };
  listeners.add(onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** A value picked in the select (its `input` and `change` events, or a pick made before hydration). */
function onPick(value: string): void {
  const picked = CHOICES.find((c) => c.value === value);
  if (picked && picked.value !== readChoice()) choose(picked.value);
}

function choose(choice: ThemeChoice): void {
  const theme = choice === "system" ? null : choice;
  try {
    if (theme) window.localStorage.setItem(THEME_KEY, theme);
    else window.localStorage.removeItem(THEME_KEY);
    pageChoice = undefined;
  } catch {
    pageChoice = theme;
  }
  applyTheme(theme);
  for (const listener of listeners) listener();
}

/**
 * The theme: light, dark, or following the system (the default; nothing is stored, and a change
 * of the system setting is followed live). A native <select> (keyboard and screen-reader
 * friendly) laid over an icon of the theme in use (sun or moon, switched by CSS on `html.dark`), so the first paint is right; the
 * head script (ThemeScript) reads the same key. The select shows "system" until React runs.
 */
export function ThemeToggle() {
  useDictionaries();
  const choice = useSyncExternalStore(subscribe, readChoice, () => "system" as const);

  useEffect(() => {
    // A pick made before hydration (the head script kept it): apply it now.
    const early = takeEarlyChoice("theme");
    if (early !== null) onPick(early);
    const media = systemDark();
    const onSystemChange = () => {
      if (readChoice() === "system") applyTheme(null);
    };
    // Another tab chose: follow it here too.
    const onStorage = (event: StorageEvent) => {
      if (event.key === THEME_KEY || event.key === null) applyTheme(storedTheme());
    };
    media.addEventListener("change", onSystemChange);
    window.addEventListener("storage", onStorage);
    return () => {
      media.removeEventListener("change", onSystemChange);
      window.removeEventListener("storage", onStorage);
    };
  }, []);

  return (
    <div
      className={`relative ${ICON_CONTROL} text-slate-600 focus-within:outline-2 focus-within:outline-sky-600 dark:text-slate-300`}
    >
      <Icon name="sun" className="size-5 dark:hidden" />
      <Icon name="moon" className="hidden size-5 dark:block" />
      <select
        data-theme-toggle=""
        data-early="theme"
        {...i18nAttr("aria-label", "theme.label")}
        value={choice}
        // `input` fires before `change`: React may re-render between them (the update that follows
        // hydration) and put the old value back, so the pick is taken at the first of the two.
        onInput={(e) => onPick(e.currentTarget.value)}
        onChange={(e) => onPick(e.target.value)}
        className="absolute inset-0 cursor-pointer appearance-none opacity-0"
      >
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value} {...i18nAttr("label", c.key)}>
            {translate("en", c.key)}
          </option>
        ))}
      </select>
    </div>
  );
}
