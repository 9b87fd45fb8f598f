/** The encodings an imported text file is read as. ISO-8859-1 files come out as windows-1252. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Whether the file started with a byte order mark (removed from `text`). */
  hasBom: boolean;
}

// Windows-1252 bytes 0x80–0x9F (WHATWG index). Node's own TextDecoder('windows-1252') decodes these
// as Latin-1 since 20.18.3/22.13.0 (nodejs/node#60888), so the table is ours. The five bytes
// Windows-1252 leaves undefined map to the C1 controls, as browsers do.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((codePoint) => String.fromCharCode(codePoint));

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM (or plainly
 * UTF-16 by its zero bytes), and otherwise Windows-1252, which is what Swedish Excel writes.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    // A BOM settles it: a stray invalid byte becomes U+FFFD rather than switching encoding.
    return { text: lenientUtf8.decode(bytes.subarray(3)), encoding: 'utf-8', hasBom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', hasBom: true };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', hasBom: true };
  }
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16), encoding: utf16, hasBom: false };
  return { ...decodeUtf8OrCp1252(bytes), hasBom: false };
}

/** Decodes Windows-1252 bytes (also right for ISO-8859-1 text, whose 0x80–0x9F are unused). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

function decodeUtf8OrCp1252(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: an 8-bit export. Å, Ä, Ö are never valid UTF-8 sequences on their own,
    // so a Windows-1252 file is practically never mistaken for UTF-8.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(bytes);
  // TextDecoder has no big-endian UTF-16 in every Node build: swap the bytes and read LE.
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

// Text in UTF-16 without a BOM has a zero byte in every other position for Latin text; text files
// in the other encodings never contain zero bytes.
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 2000);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
