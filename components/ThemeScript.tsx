/** Key of the reader's theme choice in localStorage: "light", "dark" or absent (follow system). */
export const THEME_KEY = "shiori.theme";

/**
 * Runs before first paint so the page never flashes the wrong theme. Kept tiny and free of
 * template values so its CSP hash is stable.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem("${THEME_KEY}");var d=t==="dark"||(t!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

/** `nonce`: the request's CSP nonce in server mode (the static export hashes the script instead). */
export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
