// The corpus report's charts: Vega-Lite specifications compiled by vega-lite and
// drawn to SVG strings by vega's headless View (renderer 'none', no canvas, no
// network: the data are inline), so the page needs neither script nor network.
// Text widths are vega's estimate without a canvas, so the same data give the
// same bytes on every machine. vega and vega-lite are optional peer
// dependencies, imported when the first chart is drawn: a user who only
// extracts records does not install or load them.

import type { TopLevelSpec } from 'vega-lite';
import { ENTITY_TYPES } from '../record.js';
import type { CorpusSummary } from '../corpus/corpus-summary.js';
import { ENTITY_STYLES } from './entity-styles.js';

const FONT = 'system-ui, "DejaVu Sans", sans-serif';
const BAR = '#3b7dd8';

const CONFIG = {
  font: FONT,
  background: '#ffffff',
  padding: 8,
  view: { stroke: null },
  axis: {
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 600,
    labelColor: '#4b5465',
    titleColor: '#4b5465',
    gridColor: '#eceff3',
    domainColor: '#c9d3e3',
    tickColor: '#c9d3e3',
    labelLimit: 340,
  },
  legend: { labelFontSize: 12, titleFontSize: 12, labelColor: '#4b5465', titleColor: '#4b5465', labelLimit: 260 },
} as const;

/**
 * A Vega-Lite specification (vega-lite's `TopLevelSpec`). Typed loosely in the
 * public declarations so that they import nothing from vega-lite, an optional,
 * ES-module-only peer that a CommonJS or extract-only user need not have.
 */
export type ChartSpec = object;

/**
 * Draws a Vega-Lite specification as an SVG string. `name` prefixes the ids of
 * its clip paths and gradients: vega numbers them with a counter that lives as
 * long as the process, which would make the output depend on what was drawn
 * before, and ids must not collide when several charts share a page.
 */
export async function renderChart(spec: ChartSpec, name = 'chart'): Promise<string> {
  const { View, parse, compile } = await loadCharting();
  const view = new View(parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
  try {
    return renumberIds(await view.toSVG(), name);
  } finally {
    view.finalize();
  }
}

type Charting = Pick<typeof import('vega'), 'View' | 'parse'> & Pick<typeof import('vega-lite'), 'compile'>;

let charting: Promise<Charting> | undefined;

/** The 6.x line of both, as package.json's peerDependencies name them. */
export const CHART_PACKAGES = 'vega@6 vega-lite@6';

function loadCharting(): Promise<Charting> {
  charting ??= Promise.all([import('vega'), import('vega-lite')]).then(
    ([vega, vegaLite]) => ({ View: vega.View, parse: vega.parse, compile: vegaLite.compile }),
    (error: unknown) => {
      charting = undefined;
      const code = (error as { code?: unknown }).code;
      if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
      throw new Error(
        `The corpus report draws its charts with vega and vega-lite, optional peer dependencies of govtext-de that are not installed: npm install ${CHART_PACKAGES}`,
        { cause: error },
      );
    },
  );
  return charting;
}

const VEGA_ID = /(id="|url\(#)(clip|gradient_)(\d+)/g;

function renumberIds(svg: string, name: string): string {
  const numbers = new Map<string, number>();
  return svg.replace(VEGA_ID, (_, before: string, kind: string, number: string) => {
    const key = `${kind}${number}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size);
    return `${before}${name}-${kind.replace('_', '')}${numbers.get(key)}`;
  });
}

export function topicFrequencySpec(topics: CorpusSummary['topics']): TopLevelSpec {
  return {
    config: CONFIG,
    width: 380,
    height: { step: 22 },
    data: { values: topics.map((topic) => ({ label: topic.label, documents: topic.documents })) },
    encoding: {
      // The summary's order: most documents first, ties by id.
      y: { field: 'label', type: 'nominal', sort: topics.map((topic) => topic.label), title: null },
      x: { field: 'documents', type: 'quantitative', title: 'documents', axis: { tickMinStep: 1, format: 'd' } },
    },
    layer: [
      { mark: { type: 'bar', color: BAR, cornerRadiusEnd: 3 } },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: '#4b5465', fontSize: 11 },
        encoding: { text: { field: 'documents', type: 'quantitative' } },
      },
    ],
  };
}

/** Topics with a colour of their own in the timeline; the rest share one grey. */
const TIMELINE_TOPICS = 9;
/** Vega's tableau10 without its grey, then the grey for the other topics. */
const TIMELINE_COLOURS = [
  '#4c78a8',
  '#f58518',
  '#e45756',
  '#72b7b2',
  '#54a24b',
  '#eeca3b',
  '#b279a2',
  '#ff9da6',
  '#9d755d',
];
const OTHER_TOPICS = 'other topics';

export function topicsOverTimeSpec(
  topicsByMonth: CorpusSummary['topicsByMonth'],
  months: CorpusSummary['months'],
): TopLevelSpec {
  const totals = new Map<string, number>();
  for (const entry of topicsByMonth) totals.set(entry.label, (totals.get(entry.label) ?? 0) + entry.documents);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([label]) => label);
  const shown = new Set(ranked.length > TIMELINE_TOPICS + 1 ? ranked.slice(0, TIMELINE_TOPICS) : ranked);
  const bars = new Map<string, { month: string; topic: string; documents: number }>();
  for (const entry of topicsByMonth) {
    const topic = shown.has(entry.label) ? entry.label : OTHER_TOPICS;
    const bar = bars.get(`${entry.month}\u0000${topic}`) ?? { month: entry.month, topic, documents: 0 };
    bar.documents += entry.documents;
    bars.set(`${entry.month}\u0000${topic}`, bar);
  }
  const domain = [...shown, ...(shown.size < ranked.length ? [OTHER_TOPICS] : [])];
  const color = {
    field: 'topic',
    type: 'nominal',
    title: 'topic',
    scale: {
      domain,
      range: domain.map((topic, n) =>
        topic === OTHER_TOPICS ? '#c4c9d1' : TIMELINE_COLOURS[n % TIMELINE_COLOURS.length]!,
      ),
    },
  } as const;
  const y = {
    field: 'documents',
    type: 'quantitative',
    title: 'documents naming the topic',
    axis: { tickMinStep: 1, format: 'd' },
  } as const;
  const order = { field: 'rank', type: 'quantitative' } as const;
  const rank = { calculate: `indexof(${JSON.stringify(domain)}, datum.topic)`, as: 'rank' };
  if (months.length <= MONTHS_IN_ONE_ROW) {
    return {
      config: CONFIG,
      width: Math.max(320, months.length * 38),
      height: 240,
      data: { values: [...bars.values()] },
      mark: { type: 'bar' },
      encoding: {
        x: {
          field: 'month',
          type: 'ordinal',
          sort: months.map((entry) => entry.month),
          title: 'month',
          axis: { labelAngle: -45 },
        },
        y,
        color,
        order,
      },
      transform: [rank],
    };
  }
  // Over a year of months: one row of twelve months per year (small multiples), so the
  // chart keeps its size, and its labels stay readable, however many years the corpus spans.
  const years = [...new Set(months.map((entry) => entry.month.slice(0, 4)))];
  return {
    config: CONFIG,
    data: {
      values: [...bars.values()].map((bar) => ({
        ...bar,
        year: bar.month.slice(0, 4),
        monthOfYear: MONTH_NAMES[Number(bar.month.slice(5, 7)) - 1] ?? bar.month.slice(5, 7),
      })),
    },
    transform: [rank],
    facet: {
      row: {
        field: 'year',
        type: 'ordinal',
        sort: years,
        title: null,
        header: { labelAngle: 0, labelFontSize: 13, labelFontWeight: 600, labelAlign: 'left', labelPadding: 8 },
      },
    },
    resolve: { scale: { y: 'shared' }, axis: { x: 'independent' } },
    spec: {
      width: 12 * 38,
      height: 110,
      mark: { type: 'bar' },
      encoding: {
        x: {
          field: 'monthOfYear',
          type: 'ordinal',
          scale: { domain: MONTH_NAMES },
          title: null,
          axis: { labelAngle: 0 },
        },
        y: { ...y, title: 'documents' },
        color,
        order,
      },
    },
  };
}

/** Up to this many months, the timeline is one row of months; beyond, one row per year. */
const MONTHS_IN_ONE_ROW = 12;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function entityTypesSpec(mentionsByType: CorpusSummary['mentionsByType']): TopLevelSpec {
  return {
    config: CONFIG,
    width: 380,
    height: { step: 22 },
    data: {
      values: ENTITY_TYPES.map((type) => ({
        type: `${ENTITY_STYLES[type].label} (${type})`,
        code: type,
        mentions: mentionsByType[type],
      })),
    },
    encoding: {
      y: {
        field: 'type',
        type: 'nominal',
        sort: ENTITY_TYPES.map((type) => `${ENTITY_STYLES[type].label} (${type})`),
        title: null,
      },
      x: { field: 'mentions', type: 'quantitative', title: 'mentions', axis: { tickMinStep: 1, format: 'd' } },
    },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 3 },
        encoding: {
          color: {
            field: 'code',
            type: 'nominal',
            legend: null,
            scale: { domain: [...ENTITY_TYPES], range: ENTITY_TYPES.map((type) => ENTITY_STYLES[type].colour) },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: '#4b5465', fontSize: 11 },
        encoding: { text: { field: 'mentions', type: 'quantitative' } },
      },
    ],
  };
}

/**
 * People across, organisations down; each cell holds the documents whose relations state the pair, or, for a
 * corpus without relations (records of an older version), the sentences naming both.
 */
export function cooccurrenceSpec(pairs: CorpusSummary['cooccurrence']): TopLevelSpec {
  const field = pairs.some((pair) => pair.relations > 0) ? 'relations' : 'sentences';
  const most = pairs.reduce((max, pair) => Math.max(max, pair[field]), 0);
  return {
    config: CONFIG,
    width: { step: 32 },
    height: { step: 26 },
    data: { values: pairs },
    // Organisations' long names read best horizontally, on the y axis.
    encoding: {
      x: {
        field: 'person',
        type: 'nominal',
        sort: 'ascending',
        title: null,
        axis: { labelAngle: -45, labelLimit: 240, orient: 'top' },
      },
      y: { field: 'organisation', type: 'nominal', sort: 'ascending', title: null, axis: { labelLimit: 340 } },
    },
    layer: [
      {
        mark: { type: 'rect', cornerRadius: 3 },
        encoding: {
          color: {
            field,
            type: 'quantitative',
            scale: { scheme: 'blues', domainMin: 0 },
            title: field === 'relations' ? 'documents' : 'sentences',
            legend: { format: 'd', tickMinStep: 1 },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          text: { field, type: 'quantitative' },
          // Light figures on the dark upper half of the colour scale.
          color: { condition: { test: `datum.${field} > ${most / 2}`, value: '#ffffff' }, value: '#1d2330' },
        },
      },
    ],
  };
}
