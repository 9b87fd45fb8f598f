import MarkdownIt from 'markdown-it';

// Descriptions are Markdown written by organizers and shown to the public, so they are rendered
// on the server to a safe subset: raw HTML is escaped (html: false), markdown-it refuses
// javascript:, vbscript:, file: and data: links, and images are off (an outside image would
// tell its host who reads the page).
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
markdown.disable(['image']);

const renderLink = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]!.attrSet('rel', 'nofollow noopener noreferrer');
  return renderLink
    ? renderLink(tokens, index, options, env, self)
    : self.renderToken(tokens, index, options);
};

/** Markdown → sanitized HTML. */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The description as one line of plain text, cut at a word, for link previews. */
export function summarizeMarkdown(source: string, maxLength = 200): string {
  const text = renderMarkdown(source)
    // Block ends become spaces; inline tags vanish, so "**word**." stays "word.".
    .replace(/<\/?(p|li|ul|ol|h\d|br|hr|blockquote|pre|table|tr|td|th)\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
