import { readFileSync } from "node:fs";
import { normalize } from "@/lib/search/normalize";
const t = readFileSync("test/fixtures/seeds/cloud-native-devops-study-log.md", "utf8").repeat(4);
for (let i = 0; i < 200; i++) normalize(t);
