/** Rendered, sanitised note HTML with the language of its text. */
export function NoteBody({ html, lang }: { html: string; lang: string }) {
  return (
    <article
      data-note-body=""
      lang={lang}
      className="note-body prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-sky-700 dark:prose-a:text-sky-400 prose-pre:bg-transparent prose-pre:p-0 prose-img:rounded-md"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
