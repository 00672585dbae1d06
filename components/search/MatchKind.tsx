import { T } from "@/components/T";
import type { SearchHit } from "@/lib/search/types";

/**
 * How a result matched, when it is not an exact match: "partial match" (the characters occur, but
 * apart) or "near match" (a compound's parts next to each other). Nothing for an exact match.
 */
export function MatchKind({ hit, className }: { hit: SearchHit; className: string }) {
  if (hit.exact && !hit.near) return null;
  return (
    <span className={className}>
      <T k={hit.near ? "search.near" : "search.partial"} />
    </span>
  );
}
