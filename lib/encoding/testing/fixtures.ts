/**
 * Test support: reads fixtures from test/fixtures/encoding/<case>/.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/encoding", import.meta.url));

export function fixtureBytes(...parts: string[]): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, ...parts)));
}

export function fixtureText(...parts: string[]): string {
  return fs.readFileSync(path.join(FIXTURES, ...parts), "utf8");
}

/** The clean note fixtures, one per language, as [lang, folder] pairs. */
export const CLEAN_CASES = [
  ["ja", "clean-ja"],
  ["zh-Hans", "clean-zh-hans"],
  ["zh-Hant", "clean-zh-hant"],
  ["ko", "clean-ko"],
  ["en", "clean-en"],
] as const;
