/**
 * Fetches the other training corpora of the Korean mojibake model (`npm run fetch:ko-corpus`): the
 * Korean help of LibreOffice (Debian package libreoffice-help-ko, MPL-2.0) and of GIMP
 * (gimp-help-ko, GFDL 1.2 or later, no invariant sections), software documentation in another
 * register than the React docs the model first learnt from (menus, dialogs, options, files).
 * Each package is downloaded with `apt-get download` (not installed: nothing on the machine
 * changes), unpacked with `dpkg-deb -x`, and each help page's text with Hangul in it is written as
 * one .txt file under <out>/<package>/, with a SOURCE file: the package and its version on the
 * first line, its licence on the second. `npm run train:ko` reads those folders.
 *
 *   npm run fetch:ko-corpus -- [--out DIR]
 *   --out DIR   where the text goes (default .build/ko-corpus)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { parseArgv } from "./cli";
import { isMain } from "./is-main";

export const KO_CORPUS_DIR = ".build/ko-corpus";
/** The packages, where their Korean help pages are, and what they are. */
export const KO_HELP_PACKAGES = [
  {
    name: "libreoffice-help-ko",
    root: "usr/share/libreoffice/help/ko",
    title: "LibreOffice help, Korean",
    licence: "MPL-2.0",
  },
  {
    name: "gimp-help-ko",
    root: "usr/share/gimp/2.0/help/ko",
    title: "GIMP help, Korean",
    licence: "GFDL-1.2-or-later, no invariant sections",
  },
] as const;
const HANGUL = /[\uac00-\ud7a3]/u;

/** A help page's readable text: its lines that hold Hangul, whitespace collapsed. */
export function helpPageText(html: string): string {
  const tree = fromHtml(html);
  const lines = toText(tree)
    .split("\n")
    .map((line) => line.replace(/\s+/gu, " ").trim())
    .filter((line) => HANGUL.test(line));
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** Downloads, unpacks and converts one package into `out`; returns what it wrote. */
function fetchPackage(pkg: (typeof KO_HELP_PACKAGES)[number], out: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "shiori-ko-corpus-"));
  try {
    execFileSync("apt-get", ["download", pkg.name], { cwd: work, stdio: "inherit" });
    const deb = fs.readdirSync(work).find((f) => f.endsWith(".deb"));
    if (!deb) throw new Error(`apt-get download left no .deb in ${work}`);
    const version = execFileSync("dpkg-deb", ["--field", path.join(work, deb), "Version"], {
      encoding: "utf8",
    }).trim();
    const unpacked = path.join(work, "x");
    execFileSync("dpkg-deb", ["-x", path.join(work, deb), unpacked]);
    const root = path.join(unpacked, pkg.root);
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    let pages = 0;
    let characters = 0;
    const helpFiles = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".html"))
      .sort();
    for (const rel of helpFiles) {
      const text = helpPageText(fs.readFileSync(path.join(root, rel), "utf8"));
      if (!text) continue;
      const file = path.join(out, rel.replace(/\.html$/, ".txt"));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      pages++;
      characters += text.length;
    }
    fs.writeFileSync(
      path.join(out, "SOURCE"),
      `Debian package ${pkg.name} ${version} (${pkg.title})\n${pkg.licence}\n`,
    );
    return `${pkg.name} ${version}: ${pages} help pages with Korean text, ${characters} characters → ${path.relative(process.cwd(), out)}`;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function main(): number {
  const { values } = parseArgv({
    command: "fetch:ko-corpus",
    usage: `Usage: npm run fetch:ko-corpus -- [--out DIR]
  --out DIR   where the text goes, a folder per package (default ${KO_CORPUS_DIR})`,
    options: { out: { type: "string", default: KO_CORPUS_DIR } },
  });
  for (const pkg of KO_HELP_PACKAGES) {
    try {
      console.log(`fetch:ko-corpus: ${fetchPackage(pkg, path.resolve(values.out, pkg.name))}`);
    } catch (error) {
      console.error(
        `fetch:ko-corpus: ${pkg.name}: ${error instanceof Error ? error.message : String(error)}\nThis needs a Debian or Ubuntu machine that reaches its package mirror (apt-get download, dpkg-deb); elsewhere, unpack the package by hand and point npm run train:ko at its text with --extra DIR.`,
      );
      return 1;
    }
  }
  return 0;
}

if (isMain(import.meta.url)) {
  process.exitCode = main();
}
