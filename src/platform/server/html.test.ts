import { describe, expect, it } from 'vitest';
import { html, renderDocument, trustedHtml } from './html.ts';

describe('the html template', () => {
  it('escapes every string and number it is given, in text and in attributes', () => {
    const hostile = `"><script>alert('x')</script>&`;
    const markup = html`<a title="${hostile}">${hostile}</a>`.value;
    expect(markup).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>',
    );
  });

  it('keeps markup it made itself or was told is sanitized; skips null, undefined and false', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    const list = html`<ul>
      ${items}${null}${undefined}${false}
    </ul>`;
    expect(list.value.replace(/\s+/g, '')).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
    expect(html`<div>${trustedHtml('<p><strong>x</strong></p>')}</div>`.value).toBe(
      '<div><p><strong>x</strong></p></div>',
    );
  });

  it('writes a whole Swedish page with escaped title and link-preview tags, and no inline script', () => {
    const page = renderDocument({
      title: 'Möte <i> & "fika"',
      meta: { title: 'Möte <i>', description: 'Kom & prata', url: 'https://x.example/o/a' },
      body: html`<main>${'<script>'}</main>`,
    });
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<title>Möte &lt;i&gt; &amp; &quot;fika&quot;</title>');
    expect(page).toContain('<meta property="og:title" content="Möte &lt;i&gt;" />');
    expect(page).toContain('<meta name="twitter:card" content="summary" />');
    expect(page).not.toContain('<script');
  });
});
