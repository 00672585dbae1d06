/**
 * A choice made in a header <select> (theme, UI language) before React has hydrated it. Until
 * then the select has no React listener: the reader's pick would do nothing, and hydration would
 * put the old value back. The head script (prepaint) records such picks in `window.__shioriEarly`
 * by the select's `data-early` key; the picker takes its entry once it is mounted and applies it.
 * Taking leaves `null`, which tells the head script to stop recording for that key (React owns
 * the select from then on).
 */

/** Attribute naming the key of a select whose pre-hydration change is recorded (`data-early="theme"`). */
const EARLY_ATTR = "data-early";
/** Global the head script writes: key → the last value picked before the picker mounted. */
const EARLY_GLOBAL = "__shioriEarly";

/**
 * The part of the head script that records early picks: capture listeners on the document for
 * `input` (a select fires it first, and hydration can reset the value before `change` is seen)
 * and `change`. It writes only strings, and only while the key has not been taken.
 */
export const earlyChoiceScript = `var q=window.${EARLY_GLOBAL}=window.${EARLY_GLOBAL}||{};function r(e){var s=e.target;if(!s||s.tagName!=="SELECT")return;var k=s.getAttribute("${EARLY_ATTR}");if(k&&q[k]!==null)q[k]=String(s.value)}document.addEventListener("input",r,true);document.addEventListener("change",r,true);`;

type EarlyRecord = Record<string, string | null | undefined>;

/** The value picked for `key` before this call, if any; later picks are React's to handle. */
export function takeEarlyChoice(key: string): string | null {
  if (typeof window === "undefined") return null;
  const record = (window as unknown as Record<string, unknown>)[EARLY_GLOBAL];
  if (!record || typeof record !== "object") return null;
  const entries = record as EarlyRecord;
  const value = entries[key];
  entries[key] = null;
  return typeof value === "string" ? value : null;
}
