import { prepaintScript } from "@/lib/client/prepaint";

/**
 * Saved ticks and dismissed notices applied while the page is parsed, before first paint
 * (lib/client/prepaint). `nonce`: the request's CSP nonce in server mode (the static export
 * hashes the script instead).
 */
export function PrepaintScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: prepaintScript }} />;
}
