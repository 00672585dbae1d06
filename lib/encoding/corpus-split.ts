/**
 * The deterministic train / held-out split of the Korean training corpus, by file. Training
 * never sees a held-out file; the bench and the accuracy test use only held-out text.
 */

/** FNV-1a (32-bit) of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One file in ten is held out, chosen by a hash of its path relative to the corpus root. */
export function isHeldOut(relativePath: string): boolean {
  return fnv1a(relativePath.split("\\").join("/")) % 10 === 0;
}
