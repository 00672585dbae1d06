import type { ContentModel } from "@/lib/content/types";
import { buildSearchArtifacts, type BuildOptions, type SearchArtifactFile } from "./build";
import { SearchEngine, type IndexSource } from "./engine";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** An {@link IndexSource} over index files held in memory (the CLI, tests, the benchmark). */
export function memorySource(
  files: readonly SearchArtifactFile[],
  onRead?: (path: string, bytes: number) => void,
): IndexSource {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const get = (path: string): Uint8Array => {
    const content = byPath.get(path);
    if (content === undefined) throw new Error(`search index file ${path} is missing`);
    const bytes = typeof content === "string" ? encoder.encode(content) : content;
    onRead?.(path, bytes.length);
    return bytes;
  };
  return {
    bytes: async (path) => get(path),
    json: async (path) => JSON.parse(decoder.decode(get(path))) as unknown,
  };
}

/** Builds the index of a content model in memory and returns an engine over it. */
export function createMemorySearch(model: ContentModel, options: BuildOptions = {}): SearchEngine {
  return new SearchEngine(memorySource(buildSearchArtifacts(model, options).files));
}
