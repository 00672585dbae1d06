export function fixTextFidelity(bytes: Uint8Array) {
  return { text: new TextDecoder().decode(bytes), repair: null, diagnostics: [] as { line: number | null; severity: "info"; code: string; message: string }[], undecodable: false };
}
