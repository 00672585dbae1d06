import os from "node:os";
import type { NextConfig } from "next";

/**
 * Static export by default (plain files for any static host). `SHIORI_SERVER=1` builds for
 * `next start` instead (server mode, pages rendered on demand).
 */
const serverMode = process.env.SHIORI_SERVER === "1";

const nextConfig: NextConfig = {
  output: serverMode ? undefined : "export",
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    globalNotFound: true,
    // Next renders static pages on (cores − 1) workers by default: one on a 2-core machine, while
    // the main process mostly waits. One per core makes the 1,000-note export faster (bench/README.md).
    cpus: os.availableParallelism(),
  },
  // `npm run typecheck` checks the whole project once; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // `npm run bench:firstload` (scripts/bench/chunks.ts) reads client chunks' `.js.map` files to see
  // which sources their bytes come from; normal builds ship no source maps.
  productionBrowserSourceMaps: process.env.SHIORI_SOURCEMAPS === "1",
  distDir: process.env.SHIORI_DIST_DIR ?? ".next",
};

export default nextConfig;
