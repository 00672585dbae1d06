import { STORAGE_KEY } from "./checklist-schema";
import { earlyChoiceScript } from "./early-choice";

/** Key of the notices a reader dismissed (a JSON array of `data-dismiss-key` values). */
export const DISMISSED_KEY = "shiori.dismissed";

/**
 * Runs in `<head>`, like the theme script, and watches the document while the parser builds it:
 * a mutation observer's callback runs before the browser can paint what was just parsed, so
 *
 * - task boxes (`input[data-task-id]`) show the saved tick on the very first frame (checklist
 *   storage versions 1 and 2 both keep `items[id].checked`), are enabled, and remember in
 *   `data-shown` what they showed, so `ChapterTaskBoxes` can save a tick made before hydration
 *   instead of overwriting it;
 * - a notice whose `data-dismiss-key` is in `shiori.dismissed` is hidden before it is seen.
 *
 * - a pick in a header select made before React hydrated it is recorded (lib/client/early-choice).
 *
 * The observer stops at DOMContentLoaded; after that React keeps the boxes and notices right. Unreadable
 * checklist storage changes nothing (the boxes keep the source defaults, as the store does, and
 * stay disabled until hydration). The text has no template values from notes, so its CSP hash is
 * the same on every page.
 */
export const prepaintScript = `(function(){try{${earlyChoiceScript}}catch(e){}try{var m=null,d=[];try{var t=JSON.parse(localStorage.getItem("${STORAGE_KEY}")||"null");if(t===null)m={};else if(typeof t==="object"&&(t.version===1||t.version===2)&&t.items&&typeof t.items==="object")m=t.items}catch(e){}try{var x=JSON.parse(localStorage.getItem("${DISMISSED_KEY}")||"[]");if(Array.isArray(x))d=x}catch(e){}var h=Object.prototype.hasOwnProperty;function box(b){if(!m||b.dataset.shown)return;var e=h.call(m,b.dataset.taskId)?m[b.dataset.taskId]:null;if(e&&typeof e.checked==="boolean")b.checked=e.checked;b.disabled=false;b.dataset.shown=b.checked?"1":"0"}function see(n){if(n.nodeType!==1)return;if(n.hasAttribute("data-dismiss-key")&&d.indexOf(n.getAttribute("data-dismiss-key"))>=0)n.hidden=true;if(n.matches("input[data-task-id]"))box(n);else if(n.firstElementChild)n.querySelectorAll("input[data-task-id]").forEach(box)}var o=new MutationObserver(function(r){for(var i=0;i<r.length;i++)for(var j=0;j<r[i].addedNodes.length;j++)see(r[i].addedNodes[j])});o.observe(document.documentElement,{childList:true,subtree:true});document.addEventListener("DOMContentLoaded",function(){o.disconnect()})}catch(e){}})()`;

/** Whether the reader dismissed the notice with this key (unreadable storage: not dismissed). */
export function isDismissed(key: string): boolean {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? "[]");
    return Array.isArray(value) && value.includes(key);
  } catch {
    return false;
  }
}

/** Remembers a dismissed notice (the last 200 are kept); false when storage refused it. */
export function rememberDismissed(key: string): boolean {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? "[]");
    const list = Array.isArray(value)
      ? value.filter((v): v is string => typeof v === "string")
      : [];
    if (!list.includes(key))
      localStorage.setItem(DISMISSED_KEY, JSON.stringify([...list, key].slice(-200)));
    return true;
  } catch {
    return false;
  }
}
