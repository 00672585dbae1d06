import { z } from "zod";
import type { ContentModel } from "./types";

/**
 * The format of `content.json`, the content model prebuild writes for pages, the server and the
 * CLI to read. Raise it whenever the model's shape changes in a way an older reader would misread
 * (a field renamed, removed or given another meaning); a reader then refuses the file with a
 * message saying to run prebuild, instead of rendering pages from half-understood data.
 */
export const CONTENT_FORMAT = 1;

/**
 * What a reader checks before trusting the file: the format, and the shape of the top level and of
 * each note down to the fields every page uses. Deeper fields are the pipeline's own output of the
 * same format and are not checked again (at 10,000 notes a full parse would cost seconds on every
 * read of a changed file).
 */
const contentFileSchema = z.looseObject({
  format: z.literal(CONTENT_FORMAT),
  notes: z.array(
    z.looseObject({
      slug: z.string(),
      file: z.string(),
      title: z.string(),
      lang: z.string(),
      taxonomy: z.array(z.string()),
      overviewSections: z.array(z.looseObject({})),
      chapters: z.array(z.looseObject({ slug: z.string(), title: z.string() })),
      checklist: z.array(z.looseObject({ id: z.string() })),
      hash: z.string(),
    }),
  ),
  taxonomy: z.looseObject({ areas: z.array(z.looseObject({ id: z.string() })) }),
  diagnostics: z.array(z.looseObject({ code: z.string(), file: z.string() })),
  folders: z.array(z.looseObject({ path: z.string() })),
  assets: z.record(z.string(), z.unknown()),
});

/** content.json cannot be used as it is; the message names the file and how to fix it. */
export class ContentFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(
      `${file}: ${problem}. It is written by "npm run prebuild" (npm run build and npm start run it): run that again to rebuild it from content/.`,
    );
    this.name = "ContentFileError";
  }
}

/** The text of content.json for a model: its fields, with the format first. */
export function encodeContentFile(model: ContentModel): string {
  return JSON.stringify({ format: CONTENT_FORMAT, ...model });
}

/** A content model read back from content.json `text` (named `file` in errors). */
export function decodeContentFile(text: string, file: string): ContentModel {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ContentFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const format =
    raw && typeof raw === "object" && "format" in raw ? (raw as { format: unknown }).format : null;
  if (format !== CONTENT_FORMAT)
    throw new ContentFileError(
      file,
      format === null
        ? `has no format number, so an older Shiori wrote it (this one reads format ${CONTENT_FORMAT})`
        : `is format ${JSON.stringify(format)}, and this Shiori reads format ${CONTENT_FORMAT}`,
    );
  const parsed = contentFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? issue.path.join(".") : "the top level";
    throw new ContentFileError(
      file,
      `does not have the expected shape at ${at} (${issue.message})`,
    );
  }
  const model = raw as ContentModel & { format?: number };
  delete model.format;
  return model;
}
