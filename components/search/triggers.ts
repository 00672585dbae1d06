/**
 * What opens the search palette, shared by its loader (components/SearchPaletteLoader.tsx) and the
 * palette itself: Ctrl/Cmd-K, `/` outside text fields, and a plain click on a `[data-search-open]`
 * element (a link to /search, so it works without JavaScript too).
 */

/** Whether a key press is the Ctrl-K / ⌘K shortcut. */
export function isPaletteShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "k";
}

/** Input types that take typed text (a `/` there is a character, not a shortcut). */
const TEXT_INPUTS = new Set([
  "text",
  "search",
  "email",
  "url",
  "tel",
  "password",
  "number",
  "date",
  "datetime-local",
  "month",
  "time",
  "week",
]);

/** Whether the element takes typed text: a text field, a text area, a select, or editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Whether a key press is the `/` shortcut: no modifier, not while typing, not while composing. */
export function isSlashShortcut(e: KeyboardEvent): boolean {
  return (
    e.key === "/" &&
    !e.ctrlKey &&
    !e.metaKey &&
    !e.altKey &&
    !e.isComposing &&
    !e.defaultPrevented &&
    !isTypingTarget(e.target)
  );
}

/**
 * The search button a click opens the palette for, or null. A click with a modifier or another
 * mouse button keeps the link's own behaviour (a new tab or window on /search).
 */
export function searchOpenTarget(e: MouseEvent): Element | null {
  if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return null;
  return e.target instanceof Element ? e.target.closest("[data-search-open]") : null;
}

/** Whether a pointer or focus event reached a search button (time to start loading). */
export function reachesSearchButton(e: Event): boolean {
  return e.target instanceof Element && e.target.closest("[data-search-open]") !== null;
}
