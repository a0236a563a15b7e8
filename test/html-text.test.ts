// htmlToText: the text a reader sees of an HTML page, and the way back from
// every offset of that text to the markup.

import { describe, expect, it } from 'vitest';
import { extract, htmlToText } from '../src/index.js';

const PAGE =
  '<!DOCTYPE html><html><head><title> Bericht\n zum  OZG </title><style>p { color: red }</style>' +
  '<script>var OZG = 1; document.write("<p>BSI</p>")</script></head>' +
  '<body><h1>Die Stadt K&ouml;ln</h1><p>Dr. Marco Kuhn sprach &uuml;ber das <b>Onlinezugangsgesetz</b>.<br>Neue Zeile &amp; mehr.</p>' +
  '<ul><li>eins</li><li>zwei</li></ul><noscript>Bitte JavaScript einschalten</noscript></body></html>';

describe('htmlToText', () => {
  it('keeps what a reader sees: entities decoded, no script, style, head or noscript, blank lines between blocks', () => {
    const page = htmlToText(PAGE);
    expect(page.text).toBe(
      'Die Stadt Köln\n\nDr. Marco Kuhn sprach über das Onlinezugangsgesetz.\nNeue Zeile & mehr.\n\neins\n\nzwei',
    );
    expect(page.title).toBe('Bericht zum OZG');
  });

  it('maps every character of the text back to where it stands in the HTML', () => {
    const page = htmlToText(PAGE);
    for (let offset = 0; offset < page.text.length; offset++) {
      const char = page.text[offset]!;
      const span = page.htmlSpan(offset, offset + 1);
      const markup = PAGE.slice(span.start, span.end);
      if (char === '\n') continue; // a line break stands for a tag
      if (markup.startsWith('&')) expect(['&ouml;', '&uuml;', '&amp;']).toContain(markup);
      else expect(markup).toBe(char);
    }
    const word = page.text.indexOf('Onlinezugangsgesetz');
    const span = page.htmlSpan(word, word + 'Onlinezugangsgesetz'.length);
    expect(PAGE.slice(span.start, span.end)).toBe('Onlinezugangsgesetz');
    const city = page.text.indexOf('Köln');
    expect(PAGE.slice(page.htmlSpan(city, city + 4).start, page.htmlSpan(city, city + 4).end)).toBe('K&ouml;ln');
    expect(page.htmlOffset(page.text.length)).toBe(PAGE.length);
    expect(() => page.htmlOffset(-1)).toThrow(RangeError);
  });

  it('feeds extract({ format: "html" }): offsets into the text, the title from the page, no law from a script', () => {
    const record = extract(PAGE, undefined, { format: 'html' });
    const { text } = htmlToText(PAGE);
    expect(record.title).toBe('Bericht zum OZG');
    expect(record.stats.characters).toBe(text.length);
    for (const mention of record.entities) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(record.entities.map((mention) => mention.canonical)).toContain('Onlinezugangsgesetz');
    expect(record.entities.filter((mention) => mention.text === 'OZG' || mention.text === 'BSI')).toEqual([]);
    expect(extract(PAGE, { title: 'Eigener Titel' }, { format: 'html' }).title).toBe('Eigener Titel');
  });

  it('gives an empty text for a page without text, and rejects what is not a string', () => {
    expect(htmlToText('<html><head><script>x()</script></head><body></body></html>').text).toBe('');
    expect(htmlToText('').htmlOffset(0)).toBe(0);
    expect(() => htmlToText(42 as never)).toThrow('htmlToText() expects a string, got number');
  });
});
