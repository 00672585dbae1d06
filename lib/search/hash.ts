/** FNV-1a (32-bit) over UTF-16 units: decides shards, identically at build time and in browsers. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Which of `count` posting shards holds the tokens with this shard key. */
export function shardOf(key: string, count: number): number {
  return count <= 1 ? 0 : fnv1a(key) % count;
}
