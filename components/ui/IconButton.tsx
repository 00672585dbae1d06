import type { ButtonHTMLAttributes, ReactNode } from "react";
import { Icon, type IconName } from "./Icon";

/** The look of the header's square controls (menu, close, theme): 36 px, a tint on hover. */
export const ICON_CONTROL =
  "inline-flex size-9 items-center justify-center rounded-md hover:bg-slate-100 dark:hover:bg-slate-800";

/**
 * A button that shows only an icon. Its `label` is its accessible name, in the page as
 * screen-reader text (so it is translated like every other text, see components/T.tsx).
 */
export function IconButton({
  icon,
  label,
  className = "",
  ...button
}: { icon: IconName; label: ReactNode } & Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  "children" | "type"
>) {
  return (
    <button
      type="button"
      {...button}
      className={`${ICON_CONTROL} focus-visible:outline-2 focus-visible:outline-sky-600 ${className}`}
    >
      <Icon name={icon} />
      <span className="sr-only">{label}</span>
    </button>
  );
}
