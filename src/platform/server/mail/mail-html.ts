// Every message goes out with an HTML part beside its text: the same text, escaped, with its
// links clickable and its paragraphs kept. No styles from elsewhere, no images, no scripts.

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char]!);
}

// A link ends at white space or an angle bracket; punctuation closing a sentence is not in it.
const links = /https?:\/\/[^\s<>"]+/g;
const trailing = /[.,;:!?)\]'"]+$/;

function withLinks(line: string): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(links)) {
    const url = match[0].replace(trailing, '');
    html += escapeHtml(line.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/** The text as a simple, safe HTML document: paragraphs at blank lines, links as links. */
export function renderMailHtml(text: string, subject: string): string {
  const paragraphs = text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map(withLinks).join('<br>\n')}</p>`);
  return [
    '<!doctype html>',
    '<html lang="sv"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
}
