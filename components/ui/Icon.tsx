/**
 * The portal's icons, drawn on a 20×20 grid in the current text colour. Always decorative
 * (`aria-hidden`): the control an icon sits in carries the accessible name.
 */
const ICONS = {
  /** The magnifying glass of search. */
  search: { stroke: 1.8, d: ["M12.5 12.5L17 17"], circle: [8.5, 8.5, 5.5] },
  menu: { stroke: 1.8, d: ["M3 5h14M3 10h14M3 15h14"] },
  close: { stroke: 1.8, d: ["M5 5l10 10M15 5L5 15"] },
  sun: {
    stroke: 1.6,
    d: [
      "M10 1.8v2.4M10 15.8v2.4M1.8 10h2.4M15.8 10h2.4M4.2 4.2l1.7 1.7M14.1 14.1l1.7 1.7M4.2 15.8l1.7-1.7M14.1 5.9l1.7-1.7",
    ],
    circle: [10, 10, 3.5],
  },
  moon: { fill: true, d: ["M15.5 12.8A6.5 6.5 0 0 1 7.2 4.5a6.5 6.5 0 1 0 8.3 8.3z"] },
  globe: {
    stroke: 1.5,
    d: ["M2.5 10h15M10 2.5c2.2 2.3 2.2 12.7 0 15M10 2.5c-2.2 2.3-2.2 12.7 0 15"],
    circle: [10, 10, 7.5],
  },
  /** A small triangle pointing down: a select opens here. */
  caretDown: { fill: true, d: ["M5 7l5 6 5-6z"] },
  /** A small triangle pointing right: a tree row that opens (rotated when open). */
  caretRight: { fill: true, d: ["M7 5l6 5-6 5z"] },
  check: {
    fill: true,
    d: [
      "M16.7 5.3a1 1 0 0 1 0 1.4l-7.5 7.5a1 1 0 0 1-1.4 0L3.3 9.7a1 1 0 1 1 1.4-1.4l3.8 3.8 6.8-6.8a1 1 0 0 1 1.4 0z",
    ],
  },
  /** The site's mark (栞, a bookmark). */
  bookmark: { fill: true, d: ["M5 2h10a1 1 0 0 1 1 1v15l-6-4-6 4V3a1 1 0 0 1 1-1z"] },
} as const satisfies Record<
  string,
  { d: readonly string[]; fill?: true; stroke?: number; circle?: readonly [number, number, number] }
>;

export type IconName = keyof typeof ICONS;

export function Icon({ name, className = "size-5" }: { name: IconName; className?: string }) {
  const icon: { d: readonly string[]; fill?: true; stroke?: number; circle?: readonly number[] } =
    ICONS[name];
  const paint = icon.fill
    ? { fill: "currentColor" }
    : { fill: "none", stroke: "currentColor", strokeWidth: String(icon.stroke) };
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={className} {...paint}>
      {icon.circle && <circle cx={icon.circle[0]} cy={icon.circle[1]} r={icon.circle[2]} />}
      {icon.d.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
