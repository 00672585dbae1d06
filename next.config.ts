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
  experimental: { globalNotFound: true },
  // `npm run typecheck` checks the whole project once; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  distDir: process.env.SHIORI_DIST_DIR ?? ".next",
};

export default nextConfig;
