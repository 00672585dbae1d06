import path from "node:path";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { runPipeline } from "@/lib/content/pipeline";
import { TaxonomyError } from "@/lib/content/taxonomy";
import type { ContentModel, FilingEvidence, Note } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";
import { siteConfig } from "@/lib/portal/site-config";
import { exitCodeOf, parseCli } from "@/scripts/cli";

const HELP = `Usage: npm run shiori -- check [content-dir] [--json] [--strict] [--explain <note>]

Runs the content pipeline over the notes and reports every problem with file:line and a fix.
  --json             print exactly one JSON document on stdout
  --strict           exit 1 when there is any warning or error (for CI)
  --explain <note>   say why a note and its chapters are filed where they are (the note by its
                     URL, path, file or a part of its title)
Exit code: 0 unless the content cannot be read at all (or --strict found problems).`;

/** The `--json` shape documented in the README. */
export function toCheckJson(model: ContentModel) {
  return {
    notes: model.notes.map((n) => ({
      slug: n.slug,
      file: n.file,
      /** The note's page, from its path (`chapters/chapter03/index.md` → `/notes/chapters/chapter03`). */
      url: notePageUrl(n.slug),
      path: n.path,
      folder: n.folder,
      title: n.title,
      lang: n.lang,
      date: n.date ?? n.dateText,
      tags: n.tags,
      taxonomy: n.taxonomy,
      chapters: n.chapters.map((c) => ({
        slug: c.slug,
        title: c.title,
        lang: c.lang,
        taxonomy: c.taxonomy,
        url: c.url,
      })),
      checklist: n.checklist.map((i) => ({
        id: i.id,
        text: i.plain,
        checked: i.checked,
        url: i.url,
      })),
      /** Other language versions of the note. */
      translations: n.translations.map((t) => ({
        lang: t.lang,
        url: notePageUrl(t.note),
        title: t.title,
      })),
      /** http(s) links, for the link catalog. */
      links: n.links.map((l) => ({ url: l.url, text: l.text })),
      /** Links to other notes, headings and local files, as written and where they lead (null: nowhere). */
      internalLinks: n.refs.map((r) => ({
        kind: r.kind,
        written: r.url,
        line: r.line,
        href: r.href,
      })),
      backlinks: n.backlinks.map((b) => notePageUrl(b.note, b.chapter)),
    })),
    taxonomy: model.taxonomySource ?? null,
    readiness: (model.readiness ?? []).map((p) => ({
      name: p.name,
      file: p.file,
      title: p.title,
      entries: p.entries.map(({ id, line, state, reason, owner, date, status }) => ({
        id,
        line,
        state,
        reason,
        owner,
        date,
        status: status.kind,
      })),
    })),
    folders: model.folders.map((f) => ({
      path: f.path,
      url: notePageUrl(f.slug),
      title: f.title,
      index: f.index === null ? null : notePageUrl(f.index),
    })),
    diagnostics: model.diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      severity: d.severity,
      code: d.code,
      message: d.message,
    })),
  };
}

function progressBar(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} notes`,
  );
  if (done === total) process.stderr.write("\n");
}

/** Notes a reader names: by URL, slug, path, file, or a part of the title (case-insensitive). */
function findNotes(model: ContentModel, query: string): Note[] {
  const q = query.replace(/^\/?notes\/?/, "").replace(/\/$/, "");
  const exact = model.notes.filter(
    (n) => n.slug === q || n.path === query || n.file === query || n.file.endsWith(`/${query}`),
  );
  if (exact.length) return exact;
  const folded = query.toLowerCase();
  return model.notes.filter((n) => n.title.toLowerCase().includes(folded));
}

function evidenceLines(evidence: readonly FilingEvidence[]): string[] {
  if (evidence.length === 0) return ["    unclassified: no category's terms occur often enough"];
  return evidence.map(
    (e, i) =>
      `    ${e.category}${i === 0 ? " (primary)" : ""}${e.score ? ` score ${e.score}` : ""}: ${e.terms
        .map((t) => `${t.term}${t.count > 1 ? ` ×${t.count}` : ""} in ${t.field}`)
        .join(", ")}`,
  );
}

/** Why a note and each of its chapter pages are filed where they are (`check --explain`). */
export function explainNote(note: Note): string {
  const lines = [
    `${note.file} → ${notePageUrl(note.slug)}`,
    `  "${note.title}"`,
    ...evidenceLines(note.evidence),
  ];
  for (const c of note.chapters)
    lines.push(`  ${c.url} "${c.title}"`, ...evidenceLines(c.evidence));
  return lines.join("\n");
}

export async function checkCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv, {
      command: "shiori check",
      usage: HELP,
      options: {
        json: { type: "boolean" },
        strict: { type: "boolean" },
        explain: { type: "string" },
      },
      positionals: [{ name: "content-dir", default: "content" }],
    });
    if (parsed.values.explain !== undefined && !parsed.values.explain.trim())
      parsed.fail("--explain needs a note (its URL, path or a part of its title)");
  } catch (error) {
    return exitCodeOf(error);
  }
  const { values, positionals } = parsed;
  const { json, strict } = values;
  const explain = values.explain ?? null;
  const [contentDir] = positionals;
  let model: Awaited<ReturnType<typeof runPipeline>>;
  try {
    model = await runPipeline({
      contentDir,
      onProgress:
        !json && process.stderr.isTTY ? (d, t) => t >= 50 && progressBar(d, t) : undefined,
    });
  } catch (error) {
    if (error instanceof TaxonomyError) {
      console.error(`shiori check: ${error.message}`);
    } else {
      const code = (error as NodeJS.ErrnoException).code;
      console.error(
        code === "ENOENT"
          ? `shiori check: the content folder ${path.resolve(contentDir)} does not exist. Pass the folder that holds your notes: npm run shiori -- check path/to/notes`
          : `shiori check: cannot read ${contentDir}: ${(error as Error).message}`,
      );
    }
    return 2;
  }
  // What the site settings (SHIORI_SITE_URL, SHIORI_EDIT_URL) leave out of the built site.
  model.diagnostics.push(...siteConfig().diagnostics);
  const problems = model.diagnostics.filter((d) => d.severity !== "info").length;
  if (explain !== null) {
    const found = findNotes(model, explain);
    if (found.length === 0) {
      console.error(
        `shiori check: no note matches "${explain}". Give its URL (/notes/…), its path or a part of its title.`,
      );
      return 2;
    }
    for (const note of found) console.log(explainNote(note));
    return 0;
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(toCheckJson(model))}\n`);
  } else {
    for (const d of model.diagnostics) console.log(formatDiagnostic(d));
    const count = (s: string) => model.diagnostics.filter((d) => d.severity === s).length;
    const chapters = model.notes.reduce((n, note) => n + note.chapters.length, 0);
    const items = model.notes.reduce((n, note) => n + note.checklist.length, 0);
    const links = model.notes.reduce((n, note) => n + note.links.length, 0);
    const refs = model.notes.flatMap((note) => note.refs);
    const resolved = refs.filter((r) => r.href !== null).length;
    console.log(
      `\n${model.notes.length} notes in ${model.folders.length} folders, ${chapters} chapter pages, ${items} checklist items, ${links} external links, ${resolved} of ${refs.length} links between notes and files resolved, from ${model.stats.files} files.`,
    );
    const source = model.taxonomySource;
    if (source)
      console.log(
        `Filed with ${source.builtIn ? `the built-in taxonomy (${source.file}); put a taxonomy.yaml in the content folder to use your own` : `the folder's own ${source.file}`}.`,
      );
    for (const profile of model.readiness ?? []) {
      const by = (kind: string) => profile.entries.filter((e) => e.status.kind === kind).length;
      const recheck = by("reworded") + by("section-changed");
      console.log(
        `Readiness profile ${profile.name} (${profile.file}): ${profile.entries.length} entries${recheck ? `, ${recheck} to re-check` : ""}${by("missing") ? `, ${by("missing")} matching no item` : ""}.`,
      );
    }
    console.log(`${count("error")} errors, ${count("warning")} warnings, ${count("info")} info.`);
  }
  return strict && problems > 0 ? 1 : 0;
}
