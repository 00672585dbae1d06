// KaTeX's stylesheet and fonts, bundled by Next with the pages that show notes (math is typeset at build time).
import "katex/dist/katex.min.css";

/** Rendered, sanitised note HTML with the language of its text. */
export function NoteBody({ html, lang }: { html: string; lang: string }) {
  return (
    <article
      data-note-body=""
      lang={lang}
      className="note-body prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-h1:text-2xl prose-h1:leading-tight prose-h1:tracking-tight sm:prose-h1:text-3xl prose-h2:text-xl sm:prose-h2:text-2xl prose-p:my-3 prose-li:my-1 prose-a:text-sky-800 dark:prose-a:text-sky-300 prose-pre:bg-transparent prose-pre:p-0 prose-img:rounded-md"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
