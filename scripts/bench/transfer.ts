/**
 * `npm run bench:transfer`: what one visit to a chapter page costs on the wire, as Chromium counts
 * it (CDP `encodedDataLength`: bytes received, headers included), with the static server sending
 * files as they are and with its precompressed copies (scripts/precompress.ts). Requests are
 * grouped into the page itself, JavaScript and CSS, the RSC payloads Next's <Link> prefetches
 * (`Next-Router-Prefetch` requests) and the rest, after the page has settled (network idle).
 *
 *   npm run bench:transfer -- [site-dir] [--page /notes/<note>/<chapter>] [--runs raw,compressed]
 *                             [--json] [--verbose: list the prefetched URLs]
 *
 * site-dir defaults to the e2e build (.build/e2e/site); the page to the first chapter of the note
 * with the most chapters (from the build's content.json next to the site, else required).
 */
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium } from "playwright-core";
import { decodeContentFile } from "@/lib/content/content-file";
import type { ContentModel } from "@/lib/content/types";
import { CHROMIUM_ARGS, findChromium } from "../chromium";
import { listOf, parseArgv } from "../cli";
import { isMain } from "../is-main";
import { createStaticServer } from "../serve-static";

const RUNS = ["raw", "compressed"] as const;

export interface TransferRow {
  run: (typeof RUNS)[number];
  requests: number;
  document: number;
  assets: number;
  prefetch: number;
  prefetchRequests: number;
  other: number;
  total: number;
  /** The prefetched URLs (path and query) with their bytes, largest first. */
  prefetched: { url: string; bytes: number }[];
}

type Kind = "document" | "assets" | "prefetch" | "other";

/** The chapter a visit measures by default: the first of the note with the most chapters. */
export function defaultPage(model: Pick<ContentModel, "notes">): string | null {
  const note = [...model.notes].sort((a, b) => b.chapters.length - a.chapters.length)[0];
  return note?.chapters[0]?.url ?? null;
}

async function measure(siteDir: string, page: string, run: TransferRow["run"]) {
  const server = createStaticServer(siteDir, { compressed: run === "compressed" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const kinds = new Map<string, Kind>();
    const urls = new Map<string, string>();
    const row: TransferRow = {
      run,
      requests: 0,
      document: 0,
      assets: 0,
      prefetch: 0,
      prefetchRequests: 0,
      other: 0,
      total: 0,
      prefetched: [],
    };
    cdp.on("Network.requestWillBeSent", (e) => {
      const headers = Object.fromEntries(
        Object.entries(e.request.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      const kind: Kind =
        e.type === "Document"
          ? "document"
          : "next-router-prefetch" in headers
            ? "prefetch"
            : e.type === "Script" || e.type === "Stylesheet"
              ? "assets"
              : "other";
      kinds.set(e.requestId, kind);
      urls.set(e.requestId, e.request.url);
    });
    cdp.on("Network.loadingFinished", (e) => {
      const kind = kinds.get(e.requestId) ?? "other";
      row[kind] += e.encodedDataLength;
      row.total += e.encodedDataLength;
      row.requests++;
      if (kind === "prefetch") {
        row.prefetchRequests++;
        const url = new URL(urls.get(e.requestId) ?? base);
        row.prefetched.push({ url: url.pathname + url.search, bytes: e.encodedDataLength });
      }
    });
    await tab.goto(base + page, { waitUntil: "load" });
    // Prefetch starts when links come into view and the browser is idle: let it finish.
    await tab.waitForLoadState("networkidle");
    await tab.waitForTimeout(1500);
    await tab.waitForLoadState("networkidle");
    await context.close();
    row.prefetched.sort((a, b) => b.bytes - a.bytes);
    return row;
  } finally {
    await browser.close();
    server.close();
  }
}

export function formatTransfer(page: string, rows: readonly TransferRow[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`.padStart(9);
  const lines = [
    `One visit to ${page} (Chromium, 1280×800, cache off; bytes on the wire incl. headers)`,
    `${"server".padEnd(11)}${"requests".padStart(9)}${"page".padStart(9)}${"JS+CSS".padStart(9)}${"prefetch".padStart(9)}${"(reqs)".padStart(7)}${"other".padStart(9)}${"total".padStart(9)}`,
  ];
  for (const r of rows)
    lines.push(
      `${r.run.padEnd(11)}${String(r.requests).padStart(9)}${kb(r.document)}${kb(r.assets)}${kb(r.prefetch)}${String(r.prefetchRequests).padStart(7)}${kb(r.other)}${kb(r.total)}`,
    );
  return lines.join("\n");
}

if (isMain(import.meta.url)) {
  const { values, positionals } = parseArgv({
    command: "bench:transfer",
    usage: `Usage: npm run bench:transfer -- [site-dir] [--page /notes/<note>/<chapter>] [--runs raw,compressed]
                            [--json] [--verbose: list the prefetched URLs]
site-dir defaults to the e2e build (.build/e2e/site); the page to the first chapter of the note
with the most chapters (from the build's content.json next to the site, else required).`,
    options: {
      page: { type: "string" },
      runs: { type: "string", default: "raw,compressed", parse: listOf(RUNS, "run") },
      json: { type: "boolean" },
      /** Also list the prefetched URLs of each run. */
      verbose: { type: "boolean" },
    },
    positionals: [{ name: "site-dir", default: ".build/e2e/site" }],
  });
  const siteDir = path.resolve(positionals[0]);
  if (!existsSync(path.join(siteDir, "index.html"))) {
    console.error(`bench:transfer: ${siteDir} has no built site (npm run test:e2e builds one).`);
    process.exit(1);
  }
  const contentJson = path.join(siteDir, "..", "generated", "content.json");
  const page =
    values.page ??
    (existsSync(contentJson)
      ? defaultPage(decodeContentFile(readFileSync(contentJson, "utf8"), contentJson))
      : null);
  if (!page) {
    console.error("bench:transfer: give the page to visit with --page /notes/<note>/<chapter>.");
    process.exit(1);
  }
  const runs = values.runs;
  (async () => {
    const rows: TransferRow[] = [];
    for (const run of runs) rows.push(await measure(siteDir, page, run));
    console.log(values.json ? JSON.stringify({ page, rows }) : formatTransfer(page, rows));
    if (values.verbose && !values.json)
      for (const r of rows)
        console.log(
          `\n${r.run}: prefetched\n${r.prefetched.map((p) => `${String(p.bytes).padStart(9)}  ${p.url}`).join("\n")}`,
        );
  })().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
