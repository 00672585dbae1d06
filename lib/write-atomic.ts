import { promises as fs } from "node:fs";

/**
 * Writes under a temporary name and renames, so a reader (a running server, another build) sees
 * the old file or the new one, never half of it.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await fs.writeFile(`${file}.tmp`, content);
  await fs.rename(`${file}.tmp`, file);
}
