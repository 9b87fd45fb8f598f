import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';

// Reads the text back from a PDF drawn with pdf-lib's standard fonts: each page's content
// stream inflated, its shown strings (`<hex> Tj`) decoded from WinAnsi. For tests.

const WIN_ANSI_HIGH: Record<number, string> = { 0x96: '–', 0x97: '—', 0x95: '•', 0x80: '€' };

export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; lines: string[] }> {
  const doc = await PDFDocument.load(bytes);
  const raw = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      content = match[1]!;
    }
    for (const shown of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      const codes = Buffer.from(shown[1]!, 'hex');
      lines.push(Array.from(codes, (c) => WIN_ANSI_HIGH[c] ?? String.fromCharCode(c)).join(''));
    }
  }
  return { pages: doc.getPageCount(), lines };
}
