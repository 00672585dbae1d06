import { readFileSync } from "node:fs";
import { normalize, normalizeText } from "@/lib/search/normalize";
const t = readFileSync("test/fixtures/seeds/cloud-native-devops-study-log.md", "utf8") + readFileSync("test/fixtures/search-ko/render-and-commit.md", "utf8");
for (let i = 0; i < 5; i++) normalize(t);
let t0 = performance.now(); for (let i = 0; i < 20; i++) normalize(t); const a = (performance.now() - t0) / 20;
t0 = performance.now(); for (let i = 0; i < 20; i++) normalizeText(t); const b = (performance.now() - t0) / 20;
console.log(t.length, "normalize", a.toFixed(2), "ms", (t.length / a / 1000).toFixed(1), "MB/s; normalizeText", b.toFixed(2));
