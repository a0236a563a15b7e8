// The corpus report: one self-contained page with the picture of a whole
// corpus — topic frequencies, topics over time, entity mentions by type, the
// top entities per type, people and institutions the texts relate, people
// with their roles and affiliations, and events by date. Charts are inline SVG (see charts.ts).

import { ENTITY_TYPES } from '../record.js';
import { cooccurrenceSpec, entityTypesSpec, renderChart, topicFrequencySpec, topicsOverTimeSpec } from './charts.js';
import type { CorpusSummary } from '../corpus/corpus-summary.js';
import { ENTITY_STYLES } from './entity-styles.js';
import { escapeHtml } from './html-escape.js';
import { htmlPage } from './page.js';

export interface ReportOptions {
  /** The page's heading (default "Corpus report"). */
  title?: string;
  /** A line under the heading, such as the records file it summarises. */
  subtitle?: string;
}

export async function renderReport(summary: CorpusSummary, options: ReportOptions = {}): Promise<string> {
  const title = options.title ?? 'Corpus report';
  const mentions = ENTITY_TYPES.reduce((sum, type) => sum + summary.mentionsByType[type], 0);
  const distinct = ENTITY_TYPES.reduce((sum, type) => sum + summary.distinctByType[type], 0);
  const meta = [
    options.subtitle,
    `${summary.documents} documents`,
    summary.skipped > 0 ? `${summary.skipped} lines skipped` : undefined,
    `${(summary.characters / 1e6).toFixed(2)} M characters`,
    `${mentions} entity mentions of ${distinct} distinct entities`,
  ].filter((part): part is string => part !== undefined);

  const sections = [
    panel(
      'topics',
      'Topics',
      'documents in which the tagger found each topic',
      summary.topics.length
        ? await chart('topics', topicFrequencySpec(summary.topics))
        : empty('No topic in any document.'),
    ),
    panel(
      'timeline',
      'Topics over time',
      'documents per month: the date given with a document, else the date its text states',
      await timeline(summary),
      summary.months.length > 12 ? 'wide' : '',
    ),
    panel('types', 'Entity mentions by type', undefined, await chart('types', entityTypesSpec(summary.mentionsByType))),
    panel(
      'cooccurrence',
      'People and institutions',
      summary.cooccurrence.some((pair) => pair.relations > 0)
        ? 'documents whose text relates the two (a role, a membership): people across, organisations down'
        : 'sentences naming both: people across, organisations down',
      summary.cooccurrence.length
        ? await chart('cooccurrence', cooccurrenceSpec(summary.cooccurrence))
        : empty('No text relates a person to an organisation or names them in one sentence.'),
    ),
    panel('top-entities', 'Top entities per type', 'by documents, then mentions', topEntities(summary), 'wide'),
    panel(
      'people',
      'People with roles and affiliations',
      'as the texts state them; most documents first',
      people(summary),
      'wide',
    ),
    panel(
      'events',
      'Events by date',
      'the date, place and organisers the texts give for each event',
      events(summary),
      'wide',
    ),
  ];
  const body = `<header class="page">
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.map((part) => `<span>${escapeHtml(part)}</span>`).join('')}</p>
</header>
<main class="report">
${sections.join('\n')}
</main>`;
  return htmlPage({ title: `${title} — govtext-de`, css: REPORT_CSS, body });
}

function panel(id: string, heading: string, note: string | undefined, content: string, width = ''): string {
  return `<section class="panel ${width}" id="${id}"><h2>${escapeHtml(heading)}${note ? ` <span class="muted">${escapeHtml(note)}</span>` : ''}</h2>\n${content}\n</section>`;
}

async function chart(name: string, spec: Parameters<typeof renderChart>[0]): Promise<string> {
  return `<figure class="chart" data-chart="${name}">${await renderChart(spec, name)}</figure>`;
}

function empty(message: string): string {
  return `<p class="muted">${escapeHtml(message)}</p>`;
}

async function timeline(summary: CorpusSummary): Promise<string> {
  const undated = [
    summary.datedByText > 0
      ? `${summary.datedByText} of ${summary.documents} documents are dated by what their text states (a dateline, an author line).`
      : '',
    summary.undated > 0
      ? `${summary.undated} of ${summary.documents} documents have no date (YYYY-MM…) and are not counted here.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (summary.topicsByMonth.length === 0) {
    return empty(
      `No document has a date with a month${summary.months.length ? ' and a topic' : ''}: extract JSONL with a "date" field (YYYY-MM-DD) to see topics by month.${undated ? ` ${undated}` : ''}`,
    );
  }
  return `${await chart('timeline', topicsOverTimeSpec(summary.topicsByMonth, summary.months))}${undated ? `\n<p class="muted small">${escapeHtml(undated)}</p>` : ''}`;
}

function topEntities(summary: CorpusSummary): string {
  const tables = ENTITY_TYPES.map((type) => {
    const rows = summary.topEntities[type].map(
      (entity) =>
        `<tr><td>${escapeHtml(entity.canonical)}</td><td class="num">${entity.documents}</td><td class="num">${entity.mentions}</td></tr>`,
    );
    const style = ENTITY_STYLES[type];
    return (
      `<div class="entity-table ent-${type}"><h3><span class="swatch">${type}</span> ${escapeHtml(style.label)} <span class="muted">${summary.distinctByType[type]} distinct</span></h3>` +
      (rows.length
        ? `<table><thead><tr><th>name</th><th class="num">docs</th><th class="num">mentions</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
        : empty('none')) +
      '</div>'
    );
  });
  return `<div class="entity-tables">${tables.join('')}</div>`;
}

function events(summary: CorpusSummary): string {
  if (summary.events.length === 0) return empty('No text names an event with a date, place or organiser.');
  const rows = summary.events.map(
    (event) =>
      `<tr><td class="date">${escapeHtml(event.date) || '<span class="muted">—</span>'}</td><td class="event">${escapeHtml(event.event)}</td><td>${escapeHtml(event.place ?? '') || '<span class="muted">—</span>'}</td><td>${escapeHtml(event.organisers.join(', ')) || '<span class="muted">—</span>'}</td><td class="num">${event.documents}</td></tr>`,
  );
  return `<table class="events"><thead><tr><th>date</th><th>event</th><th>place</th><th>organisers</th><th class="num">docs</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function people(summary: CorpusSummary): string {
  if (summary.people.length === 0) return empty('No relation states a role or affiliation.');
  const list = (items: string[]) => escapeHtml(items.join(', ')) || '<span class="muted">—</span>';
  const rows = summary.people.map(
    (person) =>
      `<tr><td class="person">${escapeHtml(person.person)}</td><td>${list(person.roles)}</td><td>${list(person.organisations)}</td><td class="num">${person.documents}</td></tr>`,
  );
  return `<table class="people"><thead><tr><th>person</th><th>roles</th><th>organisations</th><th class="num">docs</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const TYPE_CSS = ENTITY_TYPES.map(
  (type) => `.ent-${type} { --c: ${ENTITY_STYLES[type].colour}; --tint: ${ENTITY_STYLES[type].tint}; }`,
).join('\n');

const REPORT_CSS = `
${TYPE_CSS}
main.report { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 16px; padding: 20px 32px 40px; max-width: 1500px; align-items: start; }
main.report section.panel { margin: 0; overflow-x: auto; }
main.report section.wide { grid-column: 1 / -1; }
@media (max-width: 700px) { main.report { grid-template-columns: 1fr; padding: 16px; } }
figure.chart { margin: 0; }
figure.chart svg { max-width: 100%; height: auto; }
/* The timeline keeps its drawn size (one row of months per year): its panel scrolls rather than shrink its labels. */
#timeline figure.chart svg { max-width: none; }
.small { font-size: 0.82rem; }
.entity-tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px 28px; }
.entity-table h3 { font-size: 0.9rem; margin: 4px 0 6px; }
.swatch { display: inline-block; min-width: 4.2em; text-align: center; font: 700 0.72rem/1.6 system-ui, sans-serif; color: var(--c); background: var(--tint); border-bottom: 2px solid var(--c); border-radius: 3px; }
table.people td.person { font-weight: 600; white-space: nowrap; }
table.events td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.events td.event { font-weight: 600; }
`;
