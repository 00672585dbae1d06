// Prints what the lazily loaded search chunk (lib/search/client.ts) is made of, minified, as esbuild bundles it.
import { build } from "esbuild";
const r = await build({
  entryPoints: ["lib/search/client.ts"],
  bundle: true,
  minify: true,
  format: "esm",
  charset: "utf8",
  write: false,
  metafile: true,
  alias: { "@": process.cwd() },
  define: { "process.env.NEXT_PUBLIC_BASE_PATH": '""' },
  logLevel: "error",
});
const out = Object.values(r.metafile.outputs)[0];
const by = {};
for (const [k, v] of Object.entries(out.inputs)) {
  const key = k.includes("node_modules")
    ? k
        .split("node_modules/")[1]
        .split("/")
        .slice(0, k.includes("node_modules/@") ? 2 : 1)
        .join("/")
    : k;
  by[key] = (by[key] || 0) + v.bytesInOutput;
}
console.log(
  Object.entries(by)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${(v / 1024).toFixed(1)}KB ${k}`)
    .join("\n"),
);
const { gzipSync } = await import("node:zlib");
console.log(
  "total",
  r.outputFiles[0].contents.length,
  "gzip",
  gzipSync(r.outputFiles[0].contents).length,
);
