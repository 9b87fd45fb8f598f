import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';

// Reads the text back from a PDF that pdf-lib drew with embedded fonts, for tests: each page's
// content streams, parsed by pdf-lib (so read by their declared /Length) and inflated; the
// strings shown (`<hex> Tj`) mapped back to text through the ToUnicode map of the font set
// by the last `Tf`.

function bytesOf(doc: PDFDocument, object: PDFObject | undefined): string {
  const stream = object instanceof PDFRef ? doc.context.lookup(object) : object;
  if (!(stream instanceof PDFRawStream)) return '';
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

/** A ToUnicode CMap's `bfchar` and `bfrange` entries: glyph code (hex) → text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const text = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(code!.toUpperCase(), text(unicode!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g);
    for (const [, from, to, first] of ranges) {
      const width = from!.length;
      for (let code = parseInt(from!, 16); code <= parseInt(to!, 16); code += 1) {
        const unicode = (parseInt(first!, 16) + code - parseInt(from!, 16)).toString(16);
        const key = code.toString(16).toUpperCase().padStart(width, '0');
        map.set(key, text(unicode.padStart(first!.length, '0')));
      }
    }
  }
  return map;
}

export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; lines: string[] }> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      fonts.set(name.asString(), toUnicode(bytesOf(doc, font.get(PDFName.of('ToUnicode')))));
    }
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
    let cmap = new Map<string, string>();
    for (const stream of streams) {
      const content = bytesOf(doc, stream);
      for (const op of content.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
        if (op[1]) {
          cmap = fonts.get(op[1]) ?? new Map();
          continue;
        }
        const hex = op[2]!.toUpperCase();
        const glyphs = hex.match(/.{4}/g) ?? [];
        lines.push(glyphs.map((glyph) => cmap.get(glyph) ?? '\uFFFD').join(''));
      }
    }
  }
  return { pages: doc.getPageCount(), lines };
}
