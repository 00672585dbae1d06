import { config } from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * Set-up of `zod/mini`, the tree-shakable API of the same zod package, for the schemas of code
 * that also runs in the browser (stored values, the UI language, dictionaries): a page then ships
 * only the checks it uses (classic `zod` put about 35 KB gzipped into every page's first load).
 * Build-time code keeps classic `zod`.
 *
 * Import it for its effect before parsing, next to `import * as z from "zod/mini"` (re-exporting
 * the namespace from here would keep every schema type in the bundle):
 * - English issue messages, as classic zod prints them, so texts shown to people stay the same
 *   (zod/mini on its own says only "Invalid input"). Imported from its own file: the `zod/locales`
 *   index brings every language along.
 * - In the browser no `new Function` probe: the site's CSP allows only its own scripts.
 */
config(en());
if (typeof window !== "undefined") config({ jitless: true });
