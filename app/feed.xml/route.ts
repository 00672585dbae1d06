import { getContent } from "@/lib/content";
import { atomFeed, FEED_CONTENT_TYPE } from "@/lib/portal/feed";
import { siteConfig } from "@/lib/portal/site-config";

/**
 * `/feed.xml`: an Atom feed of the most recently changed notes, written once at build time in
 * the static export; in server mode scripts/serve.ts answers this URL from the current model
 * (MODEL_XML_FILES in lib/portal/feed.ts), as Next would serve the build's copy for ever. Pages point to it with
 * `<link rel="alternate">` (components/Shell.tsx).
 */
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(atomFeed(getContent(), siteConfig().siteUrl), {
    headers: { "Content-Type": FEED_CONTENT_TYPE },
  });
}
