// renderHtml: one page per record — highlighted mentions, legend, relations,
// topic bars with links to their evidence — and every piece of input escaped.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DocumentRecord, extract, reconstructText, renderHtml } from '../../src/index.js';
import { CORPUS } from '../helpers.js';
import { marks, textOf } from './html-text.js';

const text =
  'Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, eröffnete das 24. ÖV-Symposium NRW. ' +
  'Kuhn forderte, das Onlinezugangsgesetz (OZG) zügig umzusetzen.';
const record = extract(text, { id: 'bericht-1' });
const html = renderHtml(record, text);

describe('renderHtml', () => {
  it('wraps each mention in a <mark> holding exactly its text, with its type, canonical name and source', () => {
    expect(marks(html).map((m) => [m.text, m.attributes['data-type'], m.attributes['data-canonical']])).toEqual([
      ['Dr. Marco Kuhn', 'PER', 'Marco Kuhn'],
      ['Landkreistags NRW', 'ORG', 'Landkreistag Nordrhein-Westfalen'],
      ['24. ÖV-Symposium NRW', 'EVENT', '24. ÖV-Symposium NRW'],
      ['Kuhn', 'PER', 'Marco Kuhn'],
      ['Onlinezugangsgesetz', 'LAW', 'Onlinezugangsgesetz'],
      ['OZG', 'LAW', 'Onlinezugangsgesetz'],
    ]);
    expect(marks(html)[0]!.attributes).toMatchObject({
      class: 'ent ent-PER',
      title: 'Marco Kuhn · pattern:person',
      'data-source': 'pattern:person',
    });
  });

  it('keeps the whole text, in order, around the marks', () => {
    const shown = /<div class="text" lang="de">(.*?)<\/div>/s.exec(html)![1]!;
    expect(textOf(shown)).toBe(text);
  });

  it('escapes a text that contains markup, so <script> stays text', () => {
    const hostile =
      'Dr. Anna Wegener vom BSI schrieb <script>window.__pwned=1</script> und <img src=x onerror="alert(1)"> & \'mehr\'.';
    const page = renderHtml(extract(hostile), hostile);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;mehr&#39;');
    expect(page).not.toMatch(/<script|<img/i);
  });

  it('escapes record data too: ids, canonical names, sources and labels', () => {
    const evil = '"><script>x()</script>';
    const tampered = structuredClone(record);
    tampered.id = evil;
    tampered.entities[0]!.canonical = evil;
    tampered.entities[0]!.source = evil;
    const page = renderHtml(tampered, text);
    expect(page).not.toContain('<script');
    expect(marks(page)[0]!.attributes['data-canonical']).toBe(evil);
  });

  it('escapes every field of a tampered record whatever its type, numbers and indices included', () => {
    const evil = '"><script>x()</script><img src=x onerror=y()>';
    const tampered = structuredClone(record) as unknown as Record<string, any>;
    tampered.entities[0].type = evil;
    tampered.relations[0].personMention = evil;
    tampered.relations[0].organisationMention = evil;
    tampered.keyphrases.push({ text: 'Kuhn', score: evil });
    tampered.topics.push({
      id: 'x',
      label: 'X',
      score: evil,
      evidence: [{ start: 0, end: 3, text: evil, sentence: 0 }],
    });
    tampered.warnings.push({ code: 'control-characters', message: 'm', count: evil });
    tampered.entityIndex[0].mentions = evil;
    tampered.stats.characters = evil;
    tampered.stats.sentences = evil;
    tampered.timex = [{ text: 'Dr.', type: evil, start: 0, end: 3, value: evil, mod: evil, sentence: 0, source: 'x' }];
    tampered.documentDate = { value: evil, source: evil };
    tampered.eventFacts = [{ event: evil, eventMention: evil, organisers: [], evidence: { start: 0, end: 3 } }];
    const page = renderHtml(tampered as unknown as DocumentRecord, text);
    expect(page).not.toMatch(/<script|<img/i);
    expect(page).toContain('&lt;script&gt;x()&lt;/script&gt;');
    expect(marks(page)[0]!.attributes['data-type']).toBe(evil);
  });

  it('takes only http(s), relative and fragment links as indexHref', () => {
    for (const href of [
      'index.html',
      '../index.html',
      '#top',
      '?page=2',
      'https://example.org/i',
      'HTTP://x',
      '//host/i',
    ])
      expect(renderHtml(record, text, { indexHref: href }), href).toContain(`href="${href.replace(/&/g, '&amp;')}"`);
    for (const href of [
      'javascript:alert(1)',
      '  JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ])
      expect(() => renderHtml(record, text, { indexHref: href }), JSON.stringify(href)).toThrow(
        /^renderHtml: options.indexHref must be an http\(s\), relative or #fragment link/,
      );
    expect(() => renderHtml(record, text, { indexHref: 5 as unknown as string })).toThrow(TypeError);
  });

  it('forbids every script with a Content-Security-Policy and uses no event handler attribute', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;`,
    );
    expect(html).not.toMatch(/<script|\son\w+=/i);
  });

  it('has a legend with every entity type and its count in the document', () => {
    const legend = /<section class="panel legend">(.*?)<\/section>/s.exec(html)![1]!;
    expect(textOf(legend)).toContain('PER Person 2');
    expect(textOf(legend)).toContain('ORG Organisation 1');
    expect(textOf(legend)).toContain('PRODUCT Product, standard 0');
  });

  it('lists relations as person — role — organisation, linked to their mentions', () => {
    const relations = /<section class="panel relations">(.*?)<\/section>/s.exec(html)![1]!;
    expect(textOf(relations)).toContain('Marco Kuhn — Beigeordneter — Landkreistag Nordrhein-Westfalen');
    expect(relations).toContain('href="#m-0"');
    expect(relations).toContain('href="#m-1"');
    expect(html).toContain('id="m-0"');
  });

  it('shows each topic with its probability and the sentence that carries its strongest evidence', () => {
    const report = readFileSync(join(CORPUS, '01-ki-kongress.txt'), 'utf8');
    const record = extract(report, { id: '01' });
    const page = renderHtml(record, report);
    const topic = record.topics[0]!;
    const strongest = topic.evidence[0]!;
    const sentence = record.sentences[strongest.sentence!]!;
    const percent = Math.round(topic.score * 1000) / 10;
    expect(page).toContain(percent >= 99.95 ? '100 %' : `${percent.toFixed(1)} %`);
    const quote = page.slice(page.indexOf('<blockquote class="evidence-sentence">'), page.indexOf('</blockquote>'));
    expect(quote).toContain(`<strong>${strongest.text}</strong>`);
    const shown = textOf(quote.replace(/^<blockquote[^>]*>/, '')).replace(/…/g, '');
    expect(report.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')).toContain(shown);
    // A text the record does not fit shows no sentence rather than a wrong one.
    expect(renderHtml(record, 'anderer Text')).not.toContain('evidence-sentence">');
  });

  it('marks a former post: „Ex-Landrat Peter Kuhn vom Landkreis Harz“', () => {
    const text = 'Ex-Landrat Peter Kuhn vom Landkreis Harz sprach.';
    const page = renderHtml(extract(text), text);
    const relations = /<section class="panel relations">(.*?)<\/section>/s.exec(page)![1]!;
    expect(textOf(relations)).toContain('Peter Kuhn — Landrat (former) — Landkreis Harz');
  });

  it('draws topics as score bars whose links jump to anchors at their evidence, which lights up as :target', () => {
    const report = readFileSync(join(CORPUS, '01-ki-kongress.txt'), 'utf8');
    const withTopics = extract(report, { id: '01' });
    const page = renderHtml(withTopics, report);
    const first = withTopics.topics[0]!;
    expect(page).toContain(`<span style="width:${Math.round(first.score * 1000) / 10}%"></span>`);
    first.evidence.forEach((span, n) => {
      expect(page).toContain(`href="#ev-0-${n + 1}"`);
      // The anchor sits where the evidence starts: the text before it is the text before the span.
      const before = page.slice(
        page.indexOf('<div class="text"'),
        page.indexOf(`<a class="anchor" id="ev-0-${n + 1}">`),
      );
      expect(textOf(before.replace(/^<div[^>]*>/, ''))).toBe(report.slice(0, span.start));
      expect(page).toContain(`body:has(#ev-0-${n + 1}:target) .in-ev-0-${n + 1}`);
    });
    // Evidence may cross mentions: the marks still hold exactly their text.
    expect(marks(page).map((m) => m.text)).toEqual(withTopics.entities.map((e) => e.text));
  });

  it('underlines time expressions with their value, and lists the dates and event facts beside the text', () => {
    const dated =
      'Düsseldorf, 12. September 2024\n\nDas 24. ÖV-Symposium NRW fand gestern im Congress Center Düsseldorf statt. ' +
      'Veranstalter war der Landkreistag NRW.';
    const page = renderHtml(extract(dated), dated);
    const pieces = [
      ...page.matchAll(/<span class="timex"( id="t-\d+")? data-type="(\w+)" data-value="([^"]*)"[^>]*>(.*?)<\/span>/gs),
    ];
    expect(pieces.map(([, , type, value, inner]) => `${textOf(inner!)}|${type}|${value}`)).toEqual([
      '12. September 2024|DATE|2024-09-12',
      'gestern|DATE|2024-09-11',
    ]);
    expect(textOf(page)).toContain(dated.replace(/\n/g, '\n'));
    const dates = /<section class="panel dates">(.*?)<\/section>/s.exec(page)![1]!;
    expect(textOf(dates)).toContain('Dated 2024-09-12 from its dateline: „12. September 2024“');
    expect(textOf(dates)).toContain(
      '24. ÖV-Symposium NRW 2024-09-11 · Congress Center Düsseldorf · Landkreistag Nordrhein-Westfalen',
    );
    expect(dates).toContain('href="#t-1"');
    expect(page).toContain('id="t-1"');
  });

  it('keeps the page well-formed when a time expression crosses a mention and the text around it', () => {
    const crossing = {
      ...record,
      timex: [
        {
          text: 'Marco Kuhn, Beige',
          type: 'DATE' as const,
          start: 4,
          end: 21,
          value: 'X',
          sentence: 0,
          source: 'test',
        },
      ],
    };
    const page = renderHtml(crossing, text);
    const opened = (page.match(/<span class="timex"/g) ?? []).length;
    expect(opened).toBe(2);
    expect(textOf(page)).toContain(text);
    expect(marks(page)[0]!.text).toBe('Dr. Marco Kuhn');
  });

  it('gives the same bytes for the same input', () => {
    expect(renderHtml(extract(text, { id: 'bericht-1' }), text)).toBe(html);
  });

  it('leaves unmarked a mention that does not fit the text, instead of breaking the page', () => {
    const page = renderHtml(record, text.slice(0, 30));
    expect(marks(page).map((m) => m.text)).toEqual(['Dr. Marco Kuhn']);
  });
});

describe('reconstructText', () => {
  it('puts mentions and evidence back at their offsets, "…" for the rest of a sentence', () => {
    const pieced = reconstructText(record);
    expect(pieced.length).toBe(text.length);
    for (const mention of record.entities) expect(pieced.slice(mention.start, mention.end)).toBe(mention.text);
    expect(pieced.startsWith('Dr. Marco Kuhn… ')).toBe(true);
    expect(marks(renderHtml(record, pieced, { reconstructed: true })).length).toBe(record.entities.length);
  });
});
