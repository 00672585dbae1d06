import { build } from "esbuild";
const r = await build({ entryPoints: ["lib/search/client.ts"], bundle: true, minify: true, format: "esm", write: false, metafile: true, alias: { "@": process.cwd() }, define: { "process.env.NEXT_PUBLIC_BASE_PATH": '""' }, logLevel: "error" });
const out = Object.values(r.metafile.outputs)[0];
console.log(Object.entries(out.inputs).filter(([k])=>k.includes("zod")).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,12).map(([k,v])=>`${(v.bytesInOutput/1024).toFixed(1)}KB ${k}`).join("\n"));
for (const [k,v] of Object.entries(r.metafile.inputs)) if (!k.includes("zod") ) for (const i of v.imports) if (i.path.includes("zod")) console.log(k, "->", i.path);
