// The corpus report: charts drawn by vega to inline SVG (the same bytes every
// run), the tables, and nothing from the records left unescaped.

import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/render/charts.js';
import { topicFrequencySpec } from '../../src/render/charts.js';
import { renderReport } from '../../src/render/corpus-report.js';
import { summarizeCorpus } from '../../src/corpus/corpus-summary.js';
import { record, records } from './records.js';
import { textOf } from './html-text.js';

const summary = summarizeCorpus(records);
const page = await renderReport(summary, { subtitle: 'records.jsonl' });

const figure = (name: string) =>
  new RegExp(`<figure class="chart" data-chart="${name}">(.*?)</figure>`, 's').exec(page)?.[1];
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('renderChart', () => {
  it('draws a Vega-Lite bar chart as SVG with one bar per topic, the same bytes every time', async () => {
    const svg = await renderChart(topicFrequencySpec(summary.topics));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(count(svg, 'aria-roledescription="bar"')).toBe(3);
    expect(await renderChart(topicFrequencySpec(summary.topics))).toBe(svg);
  });
});

describe('renderReport', () => {
  it('shows topic frequencies, topics over time, mentions by type and the co-occurrence view as inline SVG', () => {
    expect(count(figure('topics')!, 'aria-roledescription="bar"')).toBe(3);
    expect(count(figure('timeline')!, 'aria-roledescription="bar"')).toBe(summary.topicsByMonth.length);
    expect(count(figure('types')!, 'aria-roledescription="bar"')).toBe(6);
    expect(count(figure('cooccurrence')!, 'aria-roledescription="rect mark"')).toBe(summary.cooccurrence.length);
    expect(page).not.toMatch(/<script|<img|https?:\/\/(?!www\.w3\.org)/);
  });

  it('says how many documents have no date, and what to do when none has one', async () => {
    expect(textOf(page)).toContain('1 of 4 documents have no date');
    const undated = await renderReport(summarizeCorpus([record('x', { topics: [['ki', 1]] })]));
    expect(textOf(undated)).toContain('No document has a date with a month');
    expect(undated).not.toContain('data-chart="timeline"');
  });

  it('lists events by date and counts documents dated by their text in the timeline', async () => {
    const page = await renderReport(
      summarizeCorpus([
        record('a', {
          statedDate: '2025-02-27',
          topics: [['ki', 1]],
          events: [['3. KI-Forum', '2025-02-25', 'Leipzig', ['Stadt Leipzig']]],
        }),
      ]),
    );
    const events = /<table class="events">(.*?)<\/table>/s.exec(page)![1]!;
    expect(textOf(events)).toContain('2025-02-253. KI-ForumLeipzigStadt Leipzig1');
    expect(textOf(page)).toContain('1 of 1 documents are dated by what their text states');
    expect(page).toContain('data-chart="timeline"');
  });

  it('tabulates the top entities per type and the people with their roles and affiliations', () => {
    const orgTable = /<div class="entity-table ent-ORG">(.*?)<\/div>/s.exec(page)![1]!;
    expect(textOf(orgTable)).toContain('BSI44');
    const people = /<table class="people">(.*?)<\/table>/s.exec(page)![1]!;
    expect(count(people, '<tr>')).toBe(3);
    expect(textOf(people)).toContain('Marco KuhnBeigeordneter, SprecherLandkreistag NRW2');
  });

  it('escapes names and labels from the records, in the tables and in the charts', async () => {
    const evil = '<script>window.__pwned=1</script>';
    const hostile = await renderReport(
      summarizeCorpus([
        record('x', {
          date: '2024-01-01',
          mentions: [
            ['PER', evil, 0],
            ['ORG', evil, 0],
          ],
          topics: [[evil, 1]],
          relations: [[evil, evil, evil]],
        }),
      ]),
    );
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain('&lt;script&gt;');
  });

  it('gives the same bytes for the same records', async () => {
    expect(await renderReport(summarizeCorpus(records), { subtitle: 'records.jsonl' })).toBe(page);
  });
});
