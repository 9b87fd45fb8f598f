import { expect, it } from 'vitest';
import { renderMailHtml } from './mail-html.ts';

it('escapes the text, makes its links clickable and keeps its paragraphs', () => {
  const html = renderMailHtml(
    'Hej <Anna> & "Bo"!\nSe https://example.se/a?b=1&c=2.\n\nNästa stycke: <img src=x>',
    'Möte <i>',
  );
  expect(html).toContain('<title>Möte &lt;i&gt;</title>');
  expect(html).toContain('<p>Hej &lt;Anna&gt; &amp; &quot;Bo&quot;!<br>');
  expect(html).toContain(
    'Se <a href="https://example.se/a?b=1&amp;c=2">https://example.se/a?b=1&amp;c=2</a>.</p>',
  );
  expect(html).toContain('<p>Nästa stycke: &lt;img src=x&gt;</p>');
  expect(html).not.toMatch(/<img|<script/i);
});

it('does not let a crafted link break out of its attribute', () => {
  const html = renderMailHtml('https://example.se/"onmouseover="alert(1)', 'x');
  expect(html).not.toContain('"onmouseover');
  expect(html).toContain('<a href="https://example.se/">https://example.se/</a>');
});
