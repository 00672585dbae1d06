/**
 * Names of encodings as people know them. No dependencies, so pages can import it cheaply.
 */

/** Display names of encodings and code pages. */
export function encodingLabel(encoding: string): string {
  const labels: Record<string, string> = {
    shift_jis: "Shift_JIS",
    "euc-jp": "EUC-JP",
    gb18030: "GB18030 (GBK)",
    big5: "Big5",
    "euc-kr": "EUC-KR",
    "utf-16le": "UTF-16LE",
    "utf-16be": "UTF-16BE",
  };
  const cp = /^windows-(\d+)$/.exec(encoding);
  return cp ? `Windows-${cp[1]}` : (labels[encoding] ?? encoding);
}
