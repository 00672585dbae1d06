import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * True when the module at `moduleUrl` (its `import.meta.url`) is the script Node was started with.
 * `fileURLToPath` decodes the URL, so this holds in a checkout whose path has spaces or CJK
 * characters (`~/ノート 2/shiori`), where `new URL(…).pathname` stays percent-encoded.
 */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  const self = fileURLToPath(moduleUrl);
  try {
    return realpathSync(path.resolve(entry)) === realpathSync(self);
  } catch {
    return path.resolve(entry) === self;
  }
}
