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
  {
    // lib/ is the bottom layer: routes, UI and scripts build on it, never the other way round.
    // (Its tests may drive a component or a script helper.)
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/**/*.test.ts", "lib/**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/app/*",
                "@/components/*",
                "@/scripts/*",
                "**/../app/*",
                "**/../components/*",
                "**/../scripts/*",
              ],
              message:
                "lib/ must not import app/, components/ or scripts/: move the shared code into lib/.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
