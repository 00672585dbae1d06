/**
 * Content-Security-Policy for the static export. Next's export writes inline scripts (the RSC
 * payload `self.__next_f.push(…)`, the theme script), so `script-src 'self'` alone would stop the
 * pages from hydrating. After `next build`, this hashes every inline script of every exported
 * HTML file and puts a `<meta http-equiv="Content-Security-Policy">` in its `<head>`, before any
 * script: the page runs its own scripts and nothing else. Notes are sanitised before they reach
 * a page; this is the second wall if the sanitiser ever misses something. The policy itself is
 * lib/csp.ts, shared with server mode (proxy.ts sends it as a header with a nonce).
 *
 *   npx tsx scripts/csp.ts [site-dir]   (default out; build-site.ts calls applyCsp after `next build`)
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Element, Nodes } from "hast";
import { fromHtml } from "hast-util-from-html";
import { contentSecurityPolicy } from "@/lib/csp";
import { parseArgv } from "./cli";
import { isMain } from "./is-main";

export { contentSecurityPolicy };

/** `'sha256-…'` of a script's text, as the browser computes it (UTF-8 bytes, base64). */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The text of every inline (no `src`) script in an HTML document, in order, except those inside a
 * note's body (`[data-note-body]`): the sanitiser removes scripts from notes, and one it ever let
 * through gets no hash, so the policy blocks it.
 */
export function inlineScripts(html: string): string[] {
  return scriptsOf(html).outside;
}

function scriptsOf(html: string): { outside: string[]; inNotes: number } {
  const outside: string[] = [];
  let inNotes = 0;
  const stack: { node: Nodes; note: boolean }[] = [{ node: fromHtml(html), note: false }];
  while (stack.length) {
    const { node, note } = stack.pop()!;
    if (node.type === "element" && node.tagName === "script" && node.properties.src === undefined) {
      if (note) inNotes++;
      else outside.push(node.children.map((c) => (c.type === "text" ? c.value : "")).join(""));
      continue;
    }
    const inNote = note || (node.type === "element" && node.properties.dataNoteBody !== undefined);
    if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push({ node: node.children[i] as Element, note: inNote });
  }
  return { outside, inNotes };
}

const META = /^<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/**
 * Adds (or replaces) the CSP meta tag of one HTML document. It goes right after `<meta charset>`
 * when that opens `<head>` (the charset must stay in the first 1024 bytes), else first in
 * `<head>`; either way before every script, because a policy applies only to what follows it.
 */
export function withCsp(html: string): { html: string; scripts: number; unhashed: number } {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error("no <head> element");
  let at = head.index + head[0].length;
  const charset = /^<meta\s+charset="?utf-8"?\s*\/?>/i.exec(html.slice(at));
  if (charset) at += charset[0].length;
  let rest = html.slice(at);
  const old = META.exec(rest);
  if (old) rest = rest.slice(old[0].length);
  const before = html.slice(0, at);
  if (/<script\b/i.test(before))
    throw new Error("a <script> comes before the place for the CSP meta tag");
  const { outside: scripts, inNotes } = scriptsOf(before + rest);
  const hashes = [...new Set(scripts.map(scriptHash))];
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`;
  return { html: before + meta + rest, scripts: scripts.length, unhashed: inNotes };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(abs)));
    else if (entry.isFile() && entry.name.endsWith(".html")) out.push(abs);
  }
  return out;
}

/** Writes the CSP meta tag into every HTML file of a static export. */
export async function applyCsp(
  siteDir: string,
): Promise<{ files: number; scripts: number; unhashed: number }> {
  let scripts = 0;
  let unhashed = 0;
  const files = await htmlFiles(siteDir);
  for (const file of files) {
    const html = await fs.readFile(file, "utf8");
    let result: ReturnType<typeof withCsp>;
    try {
      result = withCsp(html);
    } catch (error) {
      throw new Error(
        `${path.relative(process.cwd(), file)}: cannot add the Content-Security-Policy: ${(error as Error).message}.`,
      );
    }
    scripts += result.scripts;
    unhashed += result.unhashed;
    if (result.unhashed > 0)
      console.warn(
        `shiori: ${path.relative(process.cwd(), file)}: ${result.unhashed} <script> inside a note got no hash, so browsers block it. The sanitiser should have removed it: please report this page.`,
      );
    if (result.html !== html) await fs.writeFile(file, result.html);
  }
  return { files: files.length, scripts, unhashed };
}

if (isMain(import.meta.url)) {
  const { positionals } = parseArgv({
    command: "csp",
    usage: `Usage: npx tsx scripts/csp.ts [site-dir]   (default out; build-site.ts calls applyCsp after \`next build\`)`,
    positionals: [{ name: "site-dir", default: "out" }],
  });
  const dir = path.resolve(positionals[0]);
  applyCsp(dir).then(
    ({ files, scripts }) =>
      console.log(
        `shiori: Content-Security-Policy in ${files} pages (${scripts} inline scripts hashed)`,
      ),
    (error: unknown) => {
      console.error(error instanceof Error ? `shiori: ${error.message}` : error);
      process.exitCode = 1;
    },
  );
}
