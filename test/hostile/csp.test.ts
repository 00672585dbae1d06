/** The Content-Security-Policy written into every exported page: only the page's own scripts run. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newNonce, nonceContentSecurityPolicy } from "@/lib/csp";
import { applyCsp, contentSecurityPolicy, inlineScripts, scriptHash, withCsp } from "@/scripts/csp";

// The hash MDN's CSP guide gives for `<script>var inline = 1;</script>`.
const MDN_EXAMPLE = "'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='";

const page = (head: string, body = "") =>
  `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe("the CSP post-build step", () => {
  it("hashes a script the way browsers do", () => {
    expect(scriptHash("var inline = 1;")).toBe(MDN_EXAMPLE);
  });

  it("puts the policy after <meta charset>, before every script, with a hash per inline script", () => {
    const html = page(
      '<script src="/_next/static/chunks/a.js" async=""></script><script>var inline = 1;</script>',
      '<script>self.__next_f.push([1,"テーマ"])</script><script>var inline = 1;</script><script type="application/json">{}</script>',
    );
    const { html: out, scripts } = withCsp(html);
    expect(scripts).toBe(4);
    expect(inlineScripts(html)).toEqual([
      "var inline = 1;",
      'self.__next_f.push([1,"テーマ"])',
      "var inline = 1;",
      "{}",
    ]);
    const hashes = [MDN_EXAMPLE, scriptHash('self.__next_f.push([1,"テーマ"])'), scriptHash("{}")];
    expect(out).toBe(
      html.replace(
        '<meta charSet="utf-8"/>',
        `<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`,
      ),
    );
    expect(contentSecurityPolicy(hashes)).toBe(
      `default-src 'self'; script-src 'self' ${hashes.join(" ")}; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-src 'none'`,
    );
  });

  it("gives no hash to a script inside a note's body, so the policy blocks it", () => {
    const html = page(
      "<script>theme()</script>",
      '<main><article data-note-body=""><p>x</p><div><script>window.__pwned=1</script></div></article></main><script>self.__next_f.push([1])</script>',
    );
    const out = withCsp(html);
    expect(inlineScripts(html)).toEqual(["theme()", "self.__next_f.push([1])"]);
    expect(out.scripts).toBe(2);
    expect(out.unhashed).toBe(1);
    expect(out.html).toContain(
      `script-src 'self' ${scriptHash("theme()")} ${scriptHash("self.__next_f.push([1])")};`,
    );
    expect(out.html).not.toContain(scriptHash("window.__pwned=1"));
  });

  it("replaces its own tag when run twice, and refuses a page with a script before the policy", () => {
    const once = withCsp(page("<script>a()</script>")).html;
    expect(withCsp(once).html).toBe(once);
    expect(() => withCsp("<html><script>x()</script><head></head></html>")).toThrow(
      "a <script> comes before the place for the CSP meta tag",
    );
    expect(() => withCsp("<p>no head</p>")).toThrow("no <head> element");
  });

  it("writes the policy into every HTML file of an export and leaves other files alone", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "shiori-csp-"));
    try {
      await fs.mkdir(path.join(dir, "notes", "日本語"), { recursive: true });
      await fs.writeFile(path.join(dir, "index.html"), page("<script>a()</script>"));
      await fs.writeFile(
        path.join(dir, "notes", "日本語", "x.html"),
        page("", "<script>b()</script>"),
      );
      await fs.writeFile(path.join(dir, "index.txt"), "<head><script>c()</script>");
      expect(await applyCsp(dir)).toEqual({ files: 2, scripts: 2, unhashed: 0 });
      expect(await fs.readFile(path.join(dir, "notes", "日本語", "x.html"), "utf8")).toContain(
        `script-src 'self' ${scriptHash("b()")};`,
      );
      expect(await fs.readFile(path.join(dir, "index.txt"), "utf8")).toBe(
        "<head><script>c()</script>",
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the server-mode policy (proxy.ts)", () => {
  it("allows the request's nonce and what those scripts load, and keeps the static policy's other rules", () => {
    expect(nonceContentSecurityPolicy("bm9uY2U=")).toBe(
      "default-src 'self'; script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-src 'none'; frame-ancestors 'none'",
    );
  });

  it("makes a fresh 128-bit base64 nonce each time", () => {
    const nonces = Array.from({ length: 50 }, newNonce);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(nonces).size).toBe(50);
  });
});
