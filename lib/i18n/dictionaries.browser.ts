/**
 * In the browser no dictionary but English is bundled: lib/i18n/load.ts fetches the one shown.
 * See dictionaries.all.ts, which `#i18n-dictionaries` resolves to everywhere else.
 */
export const BUNDLED_DICTIONARIES: Record<string, unknown> | null = null;
