/**
 * Calendar days as the notes and profiles write them. Pure, so browser code may import it.
 */

/** A calendar date at the start of the text (`2022-04-03`, `2022-04-03T14:31:10+08:00`). */
export function parseIsoDay(text: string): string | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)/.exec(
      text.trim(),
    );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Whether the text is exactly one calendar day written `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
  return parseIsoDay(text) === text;
}
