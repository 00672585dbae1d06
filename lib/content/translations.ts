import { notePath } from "./paths";
import { LANGS, type Diagnostic, type Note } from "./types";

/**
 * Translations: files with the same path under language folders (`ja/x.md`, `zh-tw/x.md`; a file
 * outside any language folder joins as the default language, as Hugo does), `x.ko.md`-style names,
 * or the same frontmatter `translationKey` are one note in several languages. Each version keeps
 * its own URL and ids; it learns its siblings (`translations`) and the group's key.
 */
export function linkTranslations(notes: Note[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const key = note.translationKey
      ? `key:${note.translationKey}`
      : `path:${notePath(note.path).translationKey}`;
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  for (const note of notes) {
    note.translations = [];
    note.translationKey = null;
  }
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    // One version per language: a path that names its language (a `ko/` folder, `.ko.md`) wins,
    // then the shorter path; the others stay notes of their own.
    const ranked = [...members].sort((a, b) => {
      const named = Number(notePath(b.path).lang !== null) - Number(notePath(a.path).lang !== null);
      return named || a.path.length - b.path.length || (a.path < b.path ? -1 : 1);
    });
    const byLang = new Map<string, Note>();
    for (const note of ranked) {
      const kept = byLang.get(note.lang);
      if (!kept) byLang.set(note.lang, note);
      else
        diagnostics.push({
          file: note.file,
          line: null,
          severity: "info",
          code: "translation/same-language",
          message: `this note and ${kept.file} look like versions of one note (${key.startsWith("key:") ? "the same translationKey" : "the same path in language folders"}) but both are ${note.lang}; only ${kept.file} is linked to the other languages. Give it its language folder or lang: in the frontmatter.`,
        });
    }
    if (byLang.size < 2) continue;
    const versions = [...byLang.values()].sort(
      (a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang),
    );
    for (const note of versions) {
      note.translationKey = key;
      note.translations = versions
        .filter((v) => v !== note)
        .map((v) => ({ note: v.slug, lang: v.lang, title: v.title }));
    }
  }
  return diagnostics;
}
