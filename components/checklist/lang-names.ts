import type { Lang } from "@/lib/content/types";

/** English names of note languages, for labels and the language filter. */
export const LANG_NAMES: Record<Lang, string> = {
  ja: "Japanese",
  "zh-Hant": "Chinese (Traditional)",
  "zh-Hans": "Chinese (Simplified)",
  ko: "Korean",
  en: "English",
};
