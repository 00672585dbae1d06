/**
 * Every diagnostic Shiori reports, by its stable code, with what it means in general and how to
 * fix it. Each report's own message says what is wrong in that file and line; this is the text
 * for the code as a kind (the "By kind" table on /health, `shiori check --json`). A code not listed
 * here does not type-check, so the catalogue and the reports cannot drift apart.
 */
export const DIAGNOSTIC_CATALOGUE = {
  // Reading the content folder
  "load/broken-link": "A symbolic link points at nothing. Remove it or make it point at a note.",
  "load/hidden-file":
    "A file whose name starts with a dot is hidden and not published. Rename it to publish it.",
  "load/link-loop": "Symbolic links form a loop; the folder is read once. Remove one of the links.",
  "load/link-outside":
    "A symbolic link leads outside the content folder and is not followed. Copy the file in instead.",
  "load/mixed-line-endings":
    "The file mixes line endings (CRLF, CR, LF); they were read as LF. Save it with LF endings.",
  "load/not-a-file": "Not a regular file (a pipe, socket or device); it is skipped.",
  "load/skipped-file":
    "A file of a type that is not read as a note is skipped. Rename it to .md if it is Markdown.",
  "load/skipped-folder":
    "A folder whose name starts with _ (Jekyll's _layouts) is skipped. Rename it to publish its notes.",
  "load/too-large": "The file is larger than a note can be and is not read. Split it into notes.",
  "load/unreadable-folder": "A folder cannot be read (permissions). Fix its permissions.",
  // Text and encoding
  "text/binary": "The file holds binary data, not text; it is not shown. Remove it or rename it.",
  "text/legacy-encoding":
    "The file is in a legacy encoding (Shift_JIS, GB18030, Big5, EUC-KR …) and was decoded. Convert it to UTF-8.",
  "text/mojibake-repaired":
    "The text had been decoded with the wrong code page (mojibake) and was repaired; the original is kept. Save the repaired text.",
  "text/nul": "The file contains NUL characters; they were removed. Save it as plain UTF-8 text.",
  "text/undecodable":
    "The file is not UTF-8 and no legacy encoding fits it clearly; it is not rendered. Convert it to UTF-8.",
  // Frontmatter
  "frontmatter/invalid":
    "The frontmatter is not valid YAML (or TOML); the note is shown without it. Fix the line named.",
  "frontmatter/unclosed":
    "The frontmatter has no closing ---, so it is read as text. Add the closing line.",
  "frontmatter/not-a-mapping": "The frontmatter is not a set of key: value pairs; it is ignored.",
  "frontmatter/too-large": "The frontmatter is too large to read; it is ignored. Shorten it.",
  "frontmatter/unsafe-text":
    "A frontmatter value holds characters that cannot be shown (controls, lone surrogates); they were removed.",
  "frontmatter/invalid-date":
    "The date is not a calendar date; the note has no date. Write it as YYYY-MM-DD.",
  "frontmatter/title-type": "The title is not text; the first heading or the file name is used.",
  "frontmatter/summary-type": "The summary is not text; it is ignored.",
  "frontmatter/order-type":
    "The order (weight, sidebar_position …) is not a number; it is ignored.",
  "frontmatter/chapters-type": "chapters must be true or false; it is ignored.",
  "frontmatter/draft-type": "draft must be true or false; it is ignored.",
  "frontmatter/translation-key-type": "translationKey must be text; it is ignored.",
  "frontmatter/lang": "The language is not one Shiori knows; it is detected from the text instead.",
  "frontmatter/lang-alias":
    "The language was written another way (jp, zh-TW …) and was read as a known one.",
  "frontmatter/tags-string":
    "tags is one string with commas; it was split. Write it as a YAML list.",
  "frontmatter/tags-item": "An entry of tags is not text and is left out.",
  "frontmatter/tags-type": "tags must be a list of text; it is ignored.",
  "frontmatter/categories-string":
    "categories is one string with commas; it was split. Write it as a YAML list.",
  "frontmatter/categories-item": "An entry of categories is not text and is left out.",
  "frontmatter/categories-type": "categories must be a list of text; it is ignored.",
  "frontmatter/taxonomy-string":
    "taxonomy is one string with commas; it was split. Write it as a YAML list.",
  "frontmatter/taxonomy-item": "An entry of taxonomy is not text and is left out.",
  "frontmatter/taxonomy-type": "taxonomy must be a list of category ids; it is ignored.",
  // Notes and their URLs
  "note/draft": "draft: true, so the note is left out of the site. Remove it to publish the note.",
  "note/empty":
    "The note has no text; it is listed with its title only. Write something or delete it.",
  "note/failed":
    "Shiori could not build the note; it is left out and the rest of the site is built. Please report it.",
  "note/url-clash": "Two notes would have the same URL; one was given another. Rename one file.",
  "chapter/url-clash":
    "Two chapters would have the same URL; one was given another. Rename a heading.",
  "folder/category-file":
    "A folder's _category_ file cannot be read; the folder is titled by its name. Fix its syntax.",
  "translation/same-language":
    "Two notes with one translation key are in the same language; they are not linked as translations.",
  // Markdown
  "markdown/too-deep":
    "Lists or quotes are nested too deeply to parse; that part is shown as text.",
  "markdown/too-complex": "A paragraph has too much inline markup to parse; it is shown as text.",
  "html/unsafe": "Raw HTML that could run script was removed. Write it as Markdown.",
  "math/invalid": "A formula cannot be typeset; it is shown as written. Fix its TeX.",
  "mermaid/invalid": "A Mermaid diagram has a syntax error; its source is shown. Fix the diagram.",
  "mermaid/not-drawn":
    "A Mermaid diagram could not be drawn here (no Chromium); its source is shown.",
  // Links, anchors and assets
  "link/unresolved": "A link to another note finds no note. Fix the path or the note's name.",
  "link/ambiguous-wikilink":
    "A [[wikilink]] matches several notes; the first is used. Add the folder.",
  "link/missing-heading": "A link names a heading the note does not have. Fix the #anchor.",
  "link/outside":
    "A link points outside the content folder and is shown as text. Copy the file in.",
  "link/unsafe-url": "A link's URL could run script (javascript:, data:); it is shown as text.",
  "anchor/unresolved": "An in-note #anchor link matches no heading. Fix the anchor.",
  "asset/missing": "An image or file the note shows does not exist. Fix the path.",
  "asset/outside":
    "An image points outside the content folder and is shown as text. Copy the file in.",
  "asset/too-large": "An attachment is larger than 50 MB; the link to it is shown as text.",
  // Checklists
  "checklist/empty-item": "A task item has no text; it is not a checklist item. Write its text.",
  "checklist/legend": "A task item explains the checkbox notation, so it is not a checklist item.",
  "checklist/duplicate-text":
    "A task appears more than once in a note; each copy is ticked separately. Reword one if they differ.",
  "checklist/marker": "A task item's marker (owner, due, every …) cannot be read; it is ignored.",
  // Filing
  "taxonomy/unknown":
    "A taxonomy id in the frontmatter is not a category in taxonomy.yaml; it is ignored.",
  "taxonomy/unclassified":
    "No category matched the note, so it is unclassified. Add taxonomy: [area/sub] or keywords.",
  // Readiness profiles
  "readiness/unreadable": "A readiness profile cannot be read; it is not offered.",
  "readiness/too-big": "A readiness profile is too large to read; it is not offered.",
  "readiness/yaml": "A readiness profile is not valid YAML; it is not offered. Fix the line named.",
  "readiness/not-a-profile": "A readiness file does not hold a profile (title and items).",
  "readiness/field": "A field of an entry has a bad value; the entry is used without it.",
  "readiness/unknown-field": "A readiness profile has a field Shiori does not know; it is ignored.",
  "readiness/items": "A readiness profile's items are not a list of decisions.",
  "readiness/entry":
    "An entry of a readiness profile is not a mapping (id:, state: …); it is ignored.",
  "readiness/duplicate":
    "A readiness profile has two entries for one item; the second is not used. Merge them.",
  "readiness/no-reason": "A decision has no reason. Write why it was decided.",
  "readiness/missing-item":
    "An entry names an item id no note has; it is kept and listed as missing.",
  "readiness/name-clash":
    "Two files define a profile of the same name; the second is not shown. Rename one.",
  "readiness/recheck":
    "An item was reworded after it was decided; the profile shows it as needing a re-check.",
  // Site configuration
  "site/no-site-url":
    "SHIORI_SITE_URL is not set: sitemap.xml lists no pages and feed links are relative.",
  "site/invalid-url": "SHIORI_SITE_URL is not a valid http(s) URL; it is ignored.",
} as const satisfies Record<string, string>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CATALOGUE;

/** Every code, in catalogue order. */
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_CATALOGUE) as DiagnosticCode[];

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CATALOGUE, code);
}
