// The corpus report of govtext report in headless Chromium: its charts are
// drawn (SVG with bars and cells of real size), its tables have rows, and it
// loads nothing from anywhere.

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers.js';
import { SCREENSHOTS, browserTestsUnavailable, fileUrl, govtext, launchChromium } from './browser.js';

const unavailable = browserTestsUnavailable('test/browser/corpus-report.test.ts');

describe.skipIf(unavailable !== undefined)('the corpus report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let work: string;
  const requests: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'govtext-browser-report-'));
    // The corpus reports with dates, so that the report has topics over time.
    const names = readdirSync(CORPUS)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    const lines = names.map((name, n) =>
      JSON.stringify({
        id: name.slice(0, -4),
        date: `2025-0${(n % 4) + 1}-15`,
        text: readFileSync(join(CORPUS, name), 'utf8'),
      }),
    );
    writeFileSync(join(work, 'corpus.jsonl'), `${lines.join('\n')}\n`);
    govtext(['extract', join(work, 'corpus.jsonl'), '-o', join(work, 'records.jsonl'), '--quiet']);
    govtext(['report', join(work, 'records.jsonl'), '-o', join(work, 'report.html')]);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(fileUrl(join(work, 'report.html')));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('draws every chart as SVG of real size, with bars or cells', async () => {
    const charts = await page.$$eval('figure.chart', (all) =>
      all.map((figure) => {
        const svg = figure.querySelector('svg')!;
        const box = svg.getBoundingClientRect();
        return {
          name: figure.getAttribute('data-chart'),
          width: box.width,
          height: box.height,
          bars: svg.querySelectorAll('path[aria-roledescription="bar"]').length,
          cells: svg.querySelectorAll('path[aria-roledescription="rect mark"]').length,
          barArea: [
            ...svg.querySelectorAll('path[aria-roledescription="bar"], path[aria-roledescription="rect mark"]'),
          ].reduce((sum, mark) => {
            const markBox = mark.getBoundingClientRect();
            return sum + markBox.width * markBox.height;
          }, 0),
        };
      }),
    );
    expect(charts.map((chart) => chart.name)).toEqual(['topics', 'timeline', 'types', 'cooccurrence']);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(200);
      expect(chart.height).toBeGreaterThan(50);
      expect(chart.bars + chart.cells).toBeGreaterThan(0);
      expect(chart.barArea).toBeGreaterThan(100);
    }
    expect(charts.find((chart) => chart.name === 'types')!.bars).toBe(6);
  });

  it('fills the tables: top entities per type and people with their affiliations', async () => {
    expect(await page.locator('.entity-table.ent-ORG tbody tr').count()).toBe(10);
    expect(await page.locator('.entity-table.ent-PER tbody tr').count()).toBeGreaterThan(0);
    const people = await page.locator('table.people tbody tr').count();
    expect(people).toBeGreaterThan(10);
    expect(await page.locator('table.people tbody tr').first().locator('td').count()).toBe(4);
  });

  it('loads nothing but the page itself, runs no script, and keeps ids unique', async () => {
    expect(requests.filter((url) => !url.endsWith('report.html'))).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    const ids = await page.$$eval('[id]', (all) => all.map((element) => element.id));
    expect(new Set(ids).size).toBe(ids.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'report.png'), fullPage: true });
  });
});

describe.skipIf(unavailable !== undefined)('the corpus report over three years in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'govtext-browser-years-'));
    // 36 months, each with dated reports: the timeline must stay readable, not shrink to fit.
    const texts = readdirSync(CORPUS)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(CORPUS, name), 'utf8'));
    const lines = Array.from({ length: 72 }, (_, n) => {
      const month = n % 36;
      return JSON.stringify({
        id: `d${n}`,
        date: `${2023 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-10`,
        text: texts[n % texts.length],
      });
    });
    writeFileSync(join(work, 'years.jsonl'), `${lines.join('\n')}\n`);
    govtext(['extract', join(work, 'years.jsonl'), '-o', join(work, 'records.jsonl'), '--quiet']);
    govtext(['report', join(work, 'records.jsonl'), '-o', join(work, 'report.html')]);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(fileUrl(join(work, 'report.html')));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('draws topics over time as one row of months per year, with labels as large as the other charts', async () => {
    const timeline = await page.$eval('figure.chart[data-chart="timeline"] svg', (svg) => {
      const texts = [...svg.querySelectorAll('text')].map((text) => ({
        text: text.textContent ?? '',
        height: text.getBoundingClientRect().height,
      }));
      return { texts, width: svg.getBoundingClientRect().width };
    });
    const labels = timeline.texts.filter((text) =>
      /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(text.text),
    );
    expect(labels).toHaveLength(36);
    expect(timeline.texts.filter((text) => /^202[345]$/.test(text.text)).map((text) => text.text)).toEqual([
      '2023',
      '2024',
      '2025',
    ]);
    // Drawn at 12 px, never scaled down: at least 11 px high on the page (the old chart's were about 4 px).
    expect(Math.min(...labels.map((label) => label.height))).toBeGreaterThanOrEqual(11);
    const legend = timeline.texts.filter((text) => text.text === 'topic');
    expect(legend[0]!.height).toBeGreaterThanOrEqual(11);
    await page.locator('#timeline').screenshot({ path: join(SCREENSHOTS, 'report-timeline-36-months.png') });
  });
});
