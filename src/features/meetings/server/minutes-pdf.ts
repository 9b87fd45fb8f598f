import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { swedishDateTime } from './minutes-text.ts';

// The approved minutes as a PDF (A4), drawn from their Markdown: headings, paragraphs and lists,
// wrapped to the page, and a footer naming the adjusters with the time each approved.

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

// DejaVu Sans (Bitstream Vera licence, fonts/LICENSE.txt), embedded as a subset of the glyphs
// used, so names in any European script print as written. pdf-lib does not shape text: Arabic
// letters come out in their isolated forms, left to right (see the README).
const FONTS = {
  regular: new URL('./fonts/DejaVuSans.ttf', import.meta.url),
  bold: new URL('./fonts/DejaVuSans-Bold.ttf', import.meta.url),
};
let fontBytes: Promise<[Buffer, Buffer]> | undefined;

function loadFonts() {
  fontBytes ??= Promise.all([readFile(FONTS.regular), readFile(FONTS.bold)]);
  return fontBytes;
}

/** Characters the font has no glyph for (controls, say) left out rather than failing. */
function drawable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  return Array.from(text, (char) => (known.has(char.codePointAt(0)!) ? char : '')).join('');
}

/** Markdown's inline marks dropped: **bold**, *em*, `code`, [text](url) → text (url). */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\\([\\`*_[\]()#+\-.!])/g, '$1');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Block {
  text: string;
  bold: boolean;
  size: number;
  indent: number;
  before: number;
}

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) {
      blocks.push({ text: paragraph.join(' '), bold: false, size: 11, indent: 0, before: 6 });
    }
    paragraph = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      blocks.push({
        text: plain(heading[2]!),
        bold: true,
        size: level === 1 ? 17 : 13,
        indent: 0,
        before: level === 1 ? 0 : 14,
      });
    } else if (item) {
      flush();
      const bullet = item[1]!.match(/\d/) ? item[1]! : '•';
      blocks.push({
        text: `${bullet} ${plain(item[2]!)}`,
        bold: false,
        size: 11,
        indent: 12,
        before: 3,
      });
    } else if (line === '') {
      flush();
    } else {
      paragraph.push(plain(line));
    }
  }
  flush();
  return blocks;
}

export interface MinutesPdfInput {
  title: string;
  markdown: string;
  adjusters: { name: string; approvedAt: Date | null }[];
  publishedAt: Date;
}

export async function minutesPdf(input: MinutesPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Protokoll: ${input.title}`);
  pdf.setLanguage('sv-SE');
  pdf.setCreationDate(input.publishedAt);
  pdf.setModificationDate(input.publishedAt);
  pdf.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await loadFonts();
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const draw = (block: Block) => {
    const font = block.bold ? bold : regular;
    const lineHeight = block.size * 1.35;
    y -= block.before;
    for (const line of wrap(drawable(block.text, font), font, block.size, WIDTH - block.indent)) {
      if (y - lineHeight < MARGIN) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      y -= lineHeight;
      page.drawText(line, {
        x: MARGIN + block.indent,
        y,
        size: block.size,
        font,
        color: rgb(0, 0, 0),
      });
    }
  };
  for (const block of blocksOf(input.markdown)) draw(block);
  draw({ text: 'Justering', bold: true, size: 13, indent: 0, before: 18 });
  for (const adjuster of input.adjusters) {
    const when = adjuster.approvedAt ? swedishDateTime(adjuster.approvedAt) : 'ej justerat';
    draw({
      text: `${adjuster.name}: godkänt ${when}`,
      bold: false,
      size: 11,
      indent: 0,
      before: 3,
    });
  }
  const pages = pdf.getPages();
  for (const [index, each] of pages.entries()) {
    each.drawText(drawable(`${input.title} – sida ${index + 1} av ${pages.length}`, regular), {
      x: MARGIN,
      y: MARGIN / 2,
      size: 8,
      font: regular,
      color: rgb(0.35, 0.35, 0.35),
    });
  }
  return pdf.save();
}
