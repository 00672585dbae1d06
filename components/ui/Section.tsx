import type { HTMLAttributes, ReactNode } from "react";

/**
 * A titled part of a page: a `section` named by its h2 (`aria-labelledby`), so it is a region a
 * screen reader lists and `#id` links land on its heading.
 */
export function Section({
  id,
  title,
  className = "mt-8",
  titleClassName = "mb-3 text-lg font-semibold",
  children,
  ...attributes
}: Omit<HTMLAttributes<HTMLElement>, "id" | "title" | "className" | "children"> & {
  /** The h2's id: the section's name and its in-page anchor. */
  id: string;
  title: ReactNode;
  className?: string;
  titleClassName?: string;
  children: ReactNode;
}) {
  return (
    <section {...attributes} aria-labelledby={id} className={className}>
      <h2 id={id} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
