import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { swedishDateTime } from './minutes-text.ts';

// The approved minutes as a PDF (A4), drawn from their Markdown with the standard Helvetica
// fonts: headings, paragraphs and lists, wrapped to the page, and a footer naming the adjusters
// with the time each approved.

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

// Helvetica's encoding (WinAnsi) holds Latin-1 and these; anything else is drawn as "?".
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export function toWinAnsi(text: string): string {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    const isLatin1 = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
    return isLatin1 || WIN_ANSI_EXTRA.includes(char) ? char : '?';
  }).join('');
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
  pdf.setTitle(toWinAnsi(`Protokoll: ${input.title}`));
  pdf.setLanguage('sv-SE');
  pdf.setCreationDate(input.publishedAt);
  pdf.setModificationDate(input.publishedAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const draw = (block: Block) => {
    const font = block.bold ? bold : regular;
    const lineHeight = block.size * 1.35;
    y -= block.before;
    for (const line of wrap(toWinAnsi(block.text), font, block.size, WIDTH - block.indent)) {
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
    each.drawText(toWinAnsi(`${input.title} – sida ${index + 1} av ${pages.length}`), {
      x: MARGIN,
      y: MARGIN / 2,
      size: 8,
      font: regular,
      color: rgb(0.35, 0.35, 0.35),
    });
  }
  return pdf.save();
}
