// npm run screenshots: the README's pictures of the two pages, made from the
// corpus with the built command in Debian's Chromium (npm run build first).
// The document page: corpus/01-ki-kongress.txt, a mention hovered. The report:
// the eight corpus reports, each with the date it states in its first lines.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// page.evaluate callbacks run in the page; the project compiles without the DOM library, so its globals are declared
// loosely here.
declare const document: any, window: any;

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'out', 'readme');
const DOCS = join(ROOT, 'docs', 'screenshots');

/** The date each corpus report gives near its top. */
const STATED_DATES: Record<string, string> = {
  '01-ki-kongress': '2025-02-27',
  '02-verwaltungscloud': '2025-04-08',
  '03-ozg-efa-laendertag': '2025-03-12',
  '04-programm-digitaltag': '2025-09-18',
  '05-registermodernisierung': '2024-03-12',
  '06-e-akte-landkreis': '2023-10-05',
  '07-smart-city-open-data': '2024-04-22',
  '08-it-sicherheit-kommunen': '2023-11-14',
};

function govtext(...args: string[]): void {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`govtext ${args.join(' ')} exited with ${run.status}`);
}

mkdirSync(OUT, { recursive: true });
mkdirSync(DOCS, { recursive: true });
govtext('extract', 'corpus/', '-o', join(OUT, 'records.jsonl'), '--quiet');
govtext('render', join(OUT, 'records.jsonl'), '-o', join(OUT, 'pages'), '--root', ROOT);
const dated = Object.entries(STATED_DATES).map(([id, date]) =>
  JSON.stringify({ id, date, text: readFileSync(join(ROOT, 'corpus', `${id}.txt`), 'utf8') }),
);
writeFileSync(join(OUT, 'corpus-dated.jsonl'), `${dated.join('\n')}\n`);
govtext('extract', join(OUT, 'corpus-dated.jsonl'), '-o', join(OUT, 'records-dated.jsonl'), '--quiet');
govtext(
  'report',
  join(OUT, 'records-dated.jsonl'),
  '-o',
  join(OUT, 'report.html'),
  '--title',
  'corpus/: eight reports',
);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  await page.goto(`file://${join(OUT, 'pages', '01-ki-kongress.html')}#ev-0-1`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page
    .locator('mark.ent-PER', { hasText: /^Vossberg$/ })
    .first()
    .hover();
  await page.screenshot({ path: join(DOCS, 'document.png') });

  const report = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await report.goto(`file://${join(OUT, 'report.html')}`);
  const height = await report.evaluate(() => document.querySelector('#top-entities')!.getBoundingClientRect().top + 8);
  await report.screenshot({
    path: join(DOCS, 'report.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1400, height },
  });
} finally {
  await browser.close();
}
console.log(`wrote ${join('docs', 'screenshots', 'document.png')} and report.png`);
