/**
 * Content-Security-Policy for the static export. Next's export writes inline scripts (the RSC
 * payload `self.__next_f.push(…)`, the theme script), so `script-src 'self'` alone would stop the
 * pages from hydrating. After `next build`, this hashes every inline script of every exported
 * HTML file and puts a `<meta http-equiv="Content-Security-Policy">` in its `<head>`, before any
 * script: the page runs its own scripts and nothing else. Notes are sanitised before they reach
 * a page; this is the second wall if the sanitiser ever misses something.
 *
 *   npx tsx scripts/csp.ts [site-dir]    (build-site.ts calls applyCsp after `next build`)
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Element, Nodes } from "hast";
import { fromHtml } from "hast-util-from-html";

/** The policy for one page, given the `'sha256-…'` sources of its inline scripts. */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    // React and shiki write style attributes; notes cannot (the sanitiser drops style).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ].join("; ");
}

/** `'sha256-…'` of a script's text, as the browser computes it (UTF-8 bytes, base64). */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The text of every inline (no `src`) script in an HTML document, in order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const stack: Nodes[] = [fromHtml(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "element" && node.tagName === "script" && node.properties.src === undefined) {
      out.push(node.children.map((c) => (c.type === "text" ? c.value : "")).join(""));
      continue;
    }
    if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Element);
  }
  return out;
}

const META = /^<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/**
 * Adds (or replaces) the CSP meta tag of one HTML document. It goes right after `<meta charset>`
 * when that opens `<head>` (the charset must stay in the first 1024 bytes), else first in
 * `<head>`; either way before every script, because a policy applies only to what follows it.
 */
export function withCsp(html: string): { html: string; scripts: number } {
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
  const scripts = inlineScripts(before + rest);
  const hashes = [...new Set(scripts.map(scriptHash))];
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`;
  return { html: before + meta + rest, scripts: scripts.length };
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
export async function applyCsp(siteDir: string): Promise<{ files: number; scripts: number }> {
  let scripts = 0;
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
    if (result.html !== html) await fs.writeFile(file, result.html);
  }
  return { files: files.length, scripts };
}

const isMain =
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dir = path.resolve(process.argv[2] ?? "out");
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
