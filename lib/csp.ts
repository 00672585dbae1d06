/**
 * The portal's Content-Security-Policy, one policy for both ways of serving it: the static
 * export carries it in a `<meta>` tag with a sha256 hash per inline script (scripts/csp.ts); server
 * mode sends it as a header with a per-request nonce (proxy.ts). Either way only the portal's own
 * scripts run; notes are sanitised before they reach a page, and this is the second wall.
 */

/** Options that only a response header can carry (a `<meta>` policy ignores them). */
export interface PolicyOptions {
  /** Adds `frame-ancestors 'none'`: no other site may frame the portal. Header only. */
  header?: boolean;
}

/**
 * The policy, given the script sources allowed besides `'self'`: `'sha256-…'` hashes of a page's
 * inline scripts (static export) or `'nonce-…' 'strict-dynamic'` (server mode).
 */
export function contentSecurityPolicy(
  scriptSources: readonly string[],
  options: PolicyOptions = {},
): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptSources].join(" "),
    // React and shiki write style attributes; notes cannot (the sanitiser drops style).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
    ...(options.header ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}

/** Request header through which proxy.ts hands the nonce to the page being rendered. */
export const NONCE_HEADER = "x-nonce";

/** A fresh nonce: 128 random bits, base64 (what CSP's nonce-source expects). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Server mode's policy for one response: the page's scripts carry `nonce`, and what they load is trusted. */
export function nonceContentSecurityPolicy(nonce: string): string {
  return contentSecurityPolicy([`'nonce-${nonce}'`, "'strict-dynamic'"], { header: true });
}
