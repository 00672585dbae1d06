import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "out/**",
      "generated/**",
      "bench/corpus/**",
      "bench/out/**",
      "test/fixtures/**",
      "next-env.d.ts",
      ".build/**",
      "scratch/**",
      "**/_tmp*",
      "**/*_tmp.ts",
    ],
  },
  {
    // App Router root layouts render <head> themselves; the rule is meant for the pages router.
    rules: { "@next/next/no-head-element": "off" },
  },
];

export default config;
