// The govtext-de/report entry: the corpus report for scripts — summarise
// records, draw the page. Its own entry because its charts need vega and
// vega-lite, which the main entry (extract, renderHtml) does without.

export { createCorpusSummary, summarizeCorpus } from './corpus/corpus-summary.js';
export type { CorpusSummary, CorpusSummaryBuilder, SummaryOptions } from './corpus/corpus-summary.js';
export { renderReport } from './render/corpus-report.js';
export type { ReportOptions } from './render/corpus-report.js';
export { renderChart } from './render/charts.js';
export type { ChartSpec } from './render/charts.js';
