import { IMPORT_BODY_LIMIT } from '../import.contract.ts';

/** Extensions the import reads; the server decides by content, this only guides the picker. */
export const importAccept = '.csv,.txt,.tsv,.xlsx,text/csv,text/plain,text/tab-separated-values';

/** True when the file, base64-encoded in a JSON body, would pass the server's limit. */
export function fitsImportLimit(size: number): boolean {
  // base64 grows by 4/3; leave room for the rest of the JSON body.
  return Math.ceil(size / 3) * 4 + 64 * 1024 <= IMPORT_BODY_LIMIT;
}

/** A file's bytes as base64, read in the browser. */
export async function readAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode below the engine's argument limit.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
