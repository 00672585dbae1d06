"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A `<Link>` that prefetches its page only when the reader points at it (hover, focus, touch),
 * not when it scrolls into view: for long lists that are on every page (the sidebar's tree, the
 * header's sections), whose viewport prefetch fetched about 1.5 MB of other pages' RSC payloads
 * on each chapter visit (npm run bench:transfer). The pattern of Next's prefetching guide
 * ("Hover-triggered prefetch"): `prefetch={false}` until the first intent, then the default.
 */
export function IntentLink({
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [wanted, setWanted] = useState(false);
  return (
    <Link
      {...props}
      prefetch={wanted ? null : false}
      onMouseEnter={(event) => {
        setWanted(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setWanted(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setWanted(true);
        onTouchStart?.(event);
      }}
    />
  );
}
