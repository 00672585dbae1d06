import { NextResponse, type NextRequest } from "next/server";
import { NONCE_HEADER, newNonce, nonceContentSecurityPolicy } from "@/lib/csp";

/**
 * Server mode (`npm run serve`): every page gets a Content-Security-Policy header with a fresh
 * nonce. The policy also goes on the request, where Next finds the nonce and puts it on its own
 * scripts; `x-nonce` carries it to our inline scripts (lib/csp-nonce.ts). Any client-sent
 * `x-nonce` is overwritten. The static export has no proxy (Next skips it with `output: "export"`)
 * and gets the same policy as a `<meta>` tag with script hashes instead (scripts/csp.ts).
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = nonceContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Build output, the search index and the files notes show are files, not pages: no policy needed.
  matcher: ["/((?!_next/static|_next/image|_search/|_media/).*)"],
};
