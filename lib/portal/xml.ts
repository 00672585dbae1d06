/**
 * Text for XML documents the site writes (feed.xml, sitemap.xml): escaped for element content
 * and attribute values, with the characters XML 1.0 cannot hold at all (control characters other
 * than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) dropped, since one such character in
 * a note's title would make the whole feed unreadable. CJK text is kept as it is (UTF-8).
 */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** `text` safe inside an XML element or a quoted attribute value. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
