import { applyAttrTexts, applyDocumentTitle, I18N_ATTRIBUTES } from "./dom";

/**
 * The languages of the user interface (buttons, headings, labels). The notes themselves are never
 * translated; these are the same BCP 47 tags as the note languages so `lang=""` is right for both.
 */
export const UI_LOCALES = ["en", "ja", "zh-Hant", "zh-Hans", "ko"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "en";

/** localStorage key of the reader's UI language choice. */
export const LOCALE_STORAGE_KEY = "shiori.ui-lang";

/** Whether a value (a stored choice, an attribute: untrusted) is a UI language. */
export function isUiLocale(value: unknown): value is UiLocale {
  return (UI_LOCALES as readonly unknown[]).includes(value);
}

/** Each UI language written in itself, for the language picker. */
export const LOCALE_NAMES: Record<UiLocale, string> = {
  en: "English",
  ja: "日本語",
  "zh-Hant": "繁體中文",
  "zh-Hans": "简体中文",
  ko: "한국어",
};

/**
 * The UI language to use: the stored choice when it is one of `locales`, else the first browser
 * language we have (zh-TW/HK/MO → zh-Hant, other zh → zh-Hans), else the first of `locales`.
 *
 * This function is also serialised into the inline <head> script (see `localeScript`), so it must
 * stay self-contained: no imports, no closures, only syntax every browser we support runs.
 */
export function pickUiLocale(
  stored: unknown,
  languages: readonly string[],
  locales: readonly string[],
): string {
  if (typeof stored === "string" && locales.indexOf(stored) !== -1) return stored;
  for (let i = 0; i < languages.length; i++) {
    const tag = String(languages[i]).toLowerCase();
    const base = tag.split("-")[0];
    let hit: string | null = null;
    if (base === "zh") {
      hit = /^zh-(hant|tw|hk|mo)\b/.test(tag) || /-hant\b/.test(tag) ? "zh-Hant" : "zh-Hans";
    } else if (base === "ja" || base === "ko" || base === "en") {
      hit = base;
    }
    if (hit !== null && locales.indexOf(hit) !== -1) return hit;
  }
  return locales[0] ?? "en";
}

/**
 * Runs in <head> before the first paint: sets `data-ui` (which shows the strings of that language,
 * see app/globals.css) and, on pages whose `lang` follows the UI (`data-lang-follows-ui`), `lang`.
 * No flash of the wrong language: the page is never painted with another.
 *
 * For a language other than English it also switches the UI-text attributes (`i18nAttr`: their
 * texts in every language are on the element) as the parser adds each element, so aria-label,
 * title, placeholder and option labels are right before the first paint and before hydration,
 * and, once the document is parsed, `document.title` (from `<meta name="ui-title-…">`). The
 * observer is disconnected at DOMContentLoaded; `LocaleSync` takes over after hydration.
 */
export const localeScript = `(function(){try{var d=document.documentElement,s=null;try{s=localStorage.getItem(${JSON.stringify(
  LOCALE_STORAGE_KEY,
)})}catch(e){}var l=(${pickUiLocale.toString()})(s,navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||""],${JSON.stringify(
  UI_LOCALES,
)});d.setAttribute("data-ui",l);if(d.hasAttribute("data-lang-follows-ui"))d.lang=l;if(l==="en")return;var A=${JSON.stringify(
  I18N_ATTRIBUTES,
)},f=${applyAttrTexts.toString()},t=${applyDocumentTitle.toString()},o=null,M=window.MutationObserver;if(M){o=new M(function(r){for(var i=0;i<r.length;i++){var n=r[i].addedNodes;for(var j=0;j<n.length;j++)if(n[j].nodeType===1)f(n[j],l,A,false)}});o.observe(d,{childList:true,subtree:true})}document.addEventListener("DOMContentLoaded",function(){if(o)o.disconnect();f(document,l,A,true);t(document,l)})}catch(e){}})()`;
