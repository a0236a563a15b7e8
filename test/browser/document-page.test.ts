// The document pages of govtext render in headless Chromium: highlights sit on
// the mentions' text with their type, the legend and hover show what they are,
// a topic's evidence link jumps to its evidence and lights it up, a report
// full of markup runs no script, and the pages work with JavaScript off.

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/record.js';
import { CORPUS, ROOT } from '../helpers.js';
import { SCREENSHOTS, browserTestsUnavailable, fileUrl, govtext, launchChromium } from './browser.js';

// page.evaluate callbacks run in the page; the project compiles without the DOM library, so its globals are declared
// loosely here.
declare const document: any, window: any, location: any, getComputedStyle: any;

const unavailable = browserTestsUnavailable('test/browser/document-page.test.ts');

const hostileText =
  'Warnung vor Schadcode\n\nDr. Anna Wegener vom BSI zeigte, was ein Bericht enthalten kann: ' +
  '<script>window.__pwned=1</script> und <img src=x onerror="window.__pwned=2"> sowie <a href="javascript:window.__pwned=3">Link</a>. ' +
  'Das Onlinezugangsgesetz (OZG) bleibt davon unberührt.';

describe.skipIf(unavailable !== undefined)('document pages in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let work: string;
  let records: DocumentRecord[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'govtext-browser-'));
    const input = join(work, 'docs.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'schadcode', text: hostileText })}\n`);
    // The sample reports of corpus/ (not the training corpus in corpus/train/, whose 160 pages would outlast the hook).
    const reports = readdirSync(CORPUS)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join('corpus', name));
    govtext(['extract', ...reports, input, '-o', join(work, 'records.jsonl'), '--quiet']);
    // The corpus sources are relative to the repository, where extract ran; the hostile text is named by --texts.
    govtext(['render', join(work, 'records.jsonl'), '-o', join(work, 'pages'), '--root', ROOT, '--texts', input]);
    records = readFileSync(join(work, 'records.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Extracting and rendering the corpus (168 reports) takes seconds alone and more on a busy machine.
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const open = (id: string) => page.goto(fileUrl(join(work, 'pages', `${id}.html`)));

  it('puts every highlight on its mention: the mark holds exactly the mention text and its type, in text order', async () => {
    for (const record of records) {
      await open(record.id);
      const shown = await page.$$eval('mark.ent', (all) =>
        all.map((mark) => [mark.textContent, mark.getAttribute('data-type'), mark.getAttribute('data-canonical')]),
      );
      expect(shown).toEqual(record.entities.map((mention) => [mention.text, mention.type, mention.canonical]));
      // The text shown is the text, character for character: the marks sit where the offsets say.
      const before = await page.$$eval('mark.ent', (all) =>
        all.map((mark) => {
          const range = document.createRange();
          range.setStart(document.querySelector('.text')!, 0);
          range.setEndBefore(mark);
          return range.toString().length;
        }),
      );
      expect(before).toEqual(record.entities.map((mention) => mention.start));
    }
  });

  it('colours each type differently, labels it, and shows canonical name and source on hover', async () => {
    await open('01-ki-kongress');
    const colours = await page.$$eval('.legend .swatch', (all) =>
      all.map((swatch) => getComputedStyle(swatch).borderBottomColor),
    );
    expect(new Set(colours).size).toBe(6);
    const mark = page.locator('mark.ent-PER').first();
    expect(await mark.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"PER"');
    await mark.hover();
    const tip = await mark.evaluate((element) => getComputedStyle(element, '::before').content);
    expect(tip).toBe(`"${records[0]!.entities.find((e) => e.type === 'PER')!.canonical} · pattern:person"`);
    await page.screenshot({ path: join(SCREENSHOTS, 'document.png') });
  });

  it('jumps from a topic to its evidence, which lights up as the :target', async () => {
    await open('01-ki-kongress');
    const record = records[0]!;
    const evidence = record.topics[0]!.evidence[2]!;
    await page.click('a[href="#ev-0-3"]');
    expect(await page.evaluate(() => location.hash)).toBe('#ev-0-3');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('ev-0-3');
    const lit = page.locator('.in-ev-0-3');
    expect((await lit.allTextContents()).join('')).toBe(evidence.text);
    expect(await lit.first().evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(255, 230, 109)',
    );
    expect(
      await page
        .locator('.in-ev-0-1')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor),
    ).toBe('rgba(0, 0, 0, 0)');
    expect(await lit.first().isVisible()).toBe(true);
    const box = await lit.first().boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    await page.screenshot({ path: join(SCREENSHOTS, 'document-evidence.png') });
  });

  it('runs no script from the text: <script>, onerror and javascript: links stay text', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await open('schadcode');
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script, .text img, .text a[href^="javascript"]').count()).toBe(0);
    const text = await page.locator('.text').textContent();
    expect(text).toBe(hostileText);
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'document-hostile.png') });
  });

  it('heads a page without a title by its first sentence, and names it so in the index', async () => {
    await open('schadcode');
    expect(await page.locator('header.page h1').textContent()).toBe('Warnung vor Schadcode');
    expect(await page.title()).toBe('Warnung vor Schadcode — govtext-de');
    await page.goto(fileUrl(join(work, 'pages', 'index.html')));
    expect(await page.locator('tbody a[href="schadcode.html"]').textContent()).toBe('Warnung vor Schadcode');
  });

  it('shows the words of every evidence link, and breaks no entity name inside a word', async () => {
    for (const record of records.slice(0, 8)) {
      await open(record.id);
      const links = await page.$$eval('.topics ol.evidence a', (all) => all.map((a) => a.textContent ?? ''));
      const evidence = record.topics.flatMap((topic) => topic.evidence.map((span) => span.text.replace(/\s+/g, ' ')));
      expect(links).toHaveLength(evidence.length);
      links.forEach((link, n) => expect(evidence[n]!.startsWith(link.replace(/…$/, ''))).toBe(true));
      // Every word of an entity name, a mention and an evidence link sits on one line.
      const broken = await page.$$eval('.entities .name, mark.ent, .topics ol.evidence a', (all) =>
        all.flatMap((element) => {
          const text = element.firstChild;
          if (!text || text.nodeType !== 3) return [];
          const value = text.textContent ?? '';
          const split: string[] = [];
          for (const match of value.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) split.push(match[0]);
          }
          return split;
        }),
      );
      expect(broken, record.id).toEqual([]);
    }
  });

  it('sorts and filters the index with its script, which the page allows by hash and nothing else', async () => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(fileUrl(join(work, 'pages', 'index.html')));
    expect(await page.locator('#filter').isVisible()).toBe(true);
    const matching = await page.$$eval(
      'tbody tr',
      (rows) => rows.filter((row) => (row.textContent ?? '').toLowerCase().includes('verwaltungscloud')).length,
    );
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(records.length);
    await page.fill('#filter', 'Verwaltungscloud');
    expect(await page.locator('tbody tr:visible').count()).toBe(matching);
    expect(await page.locator('#shown').textContent()).toBe(`${matching} of ${records.length} documents`);
    await page.fill('#filter', '');
    await page.click('th.num >> nth=0');
    const ascending = await page.$$eval('tbody tr', (rows) => rows.map((row) => Number(row.cells[2]!.dataset.sort)));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.click('th.num >> nth=0');
    const descending = await page.$$eval('tbody tr', (rows) => rows.map((row) => Number(row.cells[2]!.dataset.sort)));
    expect(descending).toEqual([...ascending].reverse());
    await page.screenshot({ path: join(SCREENSHOTS, 'index.png') });
    expect(errors).toEqual([]);
  });

  it('works with JavaScript turned off, and the index links every page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const quiet = await context.newPage();
    await quiet.goto(fileUrl(join(work, 'pages', 'index.html')));
    const links = await quiet.$$eval('tbody a', (all) => all.map((a) => a.getAttribute('href')));
    expect(links).toEqual(records.map((record) => `${record.id}.html`));
    // The filter box needs the script: without it, it stays hidden.
    expect(await quiet.locator('#filter').isVisible()).toBe(false);
    await quiet.click('a[href="02-verwaltungscloud.html"]');
    expect(await quiet.locator('mark.ent').count()).toBe(records[1]!.entities.length);
    await context.close();
  });
});
