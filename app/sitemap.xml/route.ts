import { getContent } from "@/lib/content";
import { SITEMAP_CONTENT_TYPE, sitemapXml } from "@/lib/portal/feed";
import { siteConfig } from "@/lib/portal/site-config";

/**
 * `/sitemap.xml`: every note, chapter and folder page, with when each note last changed. The
 * sitemap protocol takes only absolute URLs, so without SHIORI_SITE_URL it lists none (`check`
 * says so). Written at build time; in server mode scripts/serve.ts answers this URL from the
 * current model (MODEL_XML_FILES in lib/portal/feed.ts).
 */
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(sitemapXml(getContent(), siteConfig().siteUrl), {
    headers: { "Content-Type": SITEMAP_CONTENT_TYPE },
  });
}
