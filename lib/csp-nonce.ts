import { headers } from "next/headers";
import { NONCE_HEADER } from "./csp";

/**
 * The CSP nonce of the request being rendered, in server mode (set by proxy.ts), for the page's
 * own inline scripts. In the static export there is no request: this returns undefined without
 * touching `headers()`, so pages stay static and scripts/csp.ts hashes the scripts instead.
 */
export async function cspNonce(): Promise<string | undefined> {
  if (process.env.SHIORI_SERVER !== "1") return undefined;
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
