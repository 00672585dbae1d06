import { isIsoDay } from "./iso-day";

/**
 * Markers a checklist item may carry in its text, for a team that tracks readiness together:
 *
 * - `@name`: an owner (`@alice`, `@sre-team`); several are allowed.
 * - `due:2026-03-01`: a due date (ISO calendar date).
 * - `(every 90d)`: a recurring item (a drill such as a restore test), redone at that interval. Units
 *   `d`, `w`, `m` (30 days), `y` (365 days), or the words `days`, `weeks`, `months`, `years`; in
 *   Japanese, Chinese and Korean notes also `（90日ごと）`, `（每90天）`, `（90일마다）`.
 *
 * They are read from the item's plain text (link targets are not part of it, so the `@` of
 * `medium.com/@user` is never an owner). The item's id does not change: it is made from the whole
 * text as before, so adding a marker is a rewording like any other (see the checklist orphans).
 */

export interface TaskMeta {
  owners: string[];
  /** `YYYY-MM-DD`, or null. */
  due: string | null;
  /** Interval in days for a recurring item, or null. */
  every: number | null;
}

export interface TaskMetaProblem {
  /** The marker as written. */
  marker: string;
  message: string;
}

const OWNER = /(^|[\s()（）,、，])@([\p{L}\p{N}][\p{L}\p{N}._-]*)(?![\p{L}\p{N}@/])/gu;
const DUE = /(^|[\s()（）,、，])due:\s?(\S+)/giu;
const UNIT_DAYS: Record<string, number> = {
  d: 1,
  day: 1,
  days: 1,
  w: 7,
  week: 7,
  weeks: 7,
  m: 30,
  month: 30,
  months: 30,
  y: 365,
  year: 365,
  years: 365,
  日: 1,
  天: 1,
  일: 1,
  週: 7,
  周: 7,
  주: 7,
  か月: 30,
  ヶ月: 30,
  カ月: 30,
  个月: 30,
  個月: 30,
  개월: 30,
  年: 365,
  년: 365,
};
const EVERY_EN = /[(（]\s*every\s+(\d{1,4})\s*([a-z]+)\s*[)）]/giu;
const EVERY_CJK =
  /[(（]\s*(?:每\s*)?(\d{1,4})\s*(日|天|일|週間?|周|주|か月|ヶ月|カ月|个月|個月|개월|年|년)\s*(?:ごと|毎|おき|마다)?\s*[)）]/gu;

/** The markers of one item's plain text, and what is wrong with any that cannot be read. */
export function parseTaskMeta(plain: string): { meta: TaskMeta; problems: TaskMetaProblem[] } {
  const problems: TaskMetaProblem[] = [];
  const owners = [...new Set([...plain.matchAll(OWNER)].map((m) => m[2]!))];
  let due: string | null = null;
  for (const m of plain.matchAll(DUE)) {
    const value = m[2]!.replace(/[)）.,、，。]+$/u, "");
    if (!isIsoDay(value)) {
      problems.push({
        marker: `due:${value}`,
        message: `"due:${value}" is not a calendar date; the item has no due date. Write it as due:YYYY-MM-DD, e.g. due:2026-03-01.`,
      });
    } else if (due === null) due = value;
  }
  let every: number | null = null;
  const intervals = [
    ...[...plain.matchAll(EVERY_EN)].map((m) => ({
      n: Number(m[1]),
      unit: m[2]!.toLowerCase(),
      raw: m[0],
    })),
    ...[...plain.matchAll(EVERY_CJK)].map((m) => ({
      n: Number(m[1]),
      unit: m[2]!.replace(/間$/u, ""),
      raw: m[0],
    })),
  ];
  for (const { n, unit, raw } of intervals) {
    const days = UNIT_DAYS[unit];
    if (days === undefined || n <= 0) {
      problems.push({
        marker: raw,
        message: `"${raw}" is not an interval Shiori reads; the item is not recurring. Write (every 90d), (every 2w), (every 6m) or (every 1y).`,
      });
    } else if (every === null) every = n * days;
  }
  return { meta: { owners, due, every }, problems };
}

/** True when the item carries any marker (items without one keep their old shape in content.json). */
export function hasTaskMeta(meta: TaskMeta): boolean {
  return meta.owners.length > 0 || meta.due !== null || meta.every !== null;
}

/** The text with its markers taken out, for showing next to chips that show them. */
export function withoutTaskMeta(text: string): string {
  // Owners and due dates first: their leading bracket or space may be an interval's.
  return text
    .replace(OWNER, (_m, lead: string) => lead)
    .replace(DUE, (m, lead: string, value: string) =>
      isIsoDay(value.replace(/[)）.,、，。]+$/u, "")) ? lead : m,
    )
    .replace(EVERY_EN, (m, _n: string, unit: string) => (UNIT_DAYS[unit.toLowerCase()] ? "" : m))
    .replace(EVERY_CJK, "")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/**
 * An interval in days as people write it: whole years, a few weeks, else days (`1y`, `2w`, `90d`;
 * "every 3 months" is read as 90 days and shown so, since a month is not a fixed length).
 */
export function formatInterval(days: number): string {
  if (days % 365 === 0) return `${days / 365}y`;
  if (days % 7 === 0 && days <= 56) return `${days / 7}w`;
  return `${days}d`;
}
