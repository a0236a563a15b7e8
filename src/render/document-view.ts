// renderHtml: one self-contained HTML page for a document — its text with the
// entity mentions highlighted by type and the time expressions underlined, a
// legend, the relations, topics with their probability as a bar, the sentence
// that carries their strongest evidence and links that jump to each piece of
// evidence, the dates (document date, time expressions, event facts), entities
// and keyphrases. Pure string building (no DOM, no Node module), so it runs in
// browsers too. Every field of the record is escaped whatever its type: a
// record read from a file need not have come from extract.

import { ENTITY_TYPES, type DocumentRecord, type EntityMention, type TimeExpression } from '../record.js';
import { ENTITY_STYLES } from './entity-styles.js';
import { checkedLink, escapeHtml } from './html-escape.js';
import { htmlPage } from './page.js';

export interface RenderHtmlOptions {
  /** A note shown above the text, such as where the text came from. */
  notice?: string;
  /** The text was pieced together from the record (see reconstructText): runs of blanks collapse. */
  reconstructed?: boolean;
  /** A link back to the page that lists all documents: http(s), relative or a #fragment (else a TypeError). */
  indexHref?: string;
}

interface Evidence {
  start: number;
  end: number;
  /** Anchor id: `ev-TOPIC-N`, topic index from 0 and evidence number from 1. */
  id: string;
}

/**
 * One HTML page for `record`, showing `text` — the text the record was
 * extracted from (mentions whose offsets do not fit it are left unmarked).
 * Every piece of text and record data is escaped; the page runs no script.
 */
export function renderHtml(record: DocumentRecord, text: string, options: RenderHtmlOptions = {}): string {
  const indexHref =
    options.indexHref === undefined ? undefined : checkedLink(options.indexHref, 'renderHtml: options.indexHref');
  const mentions = fittingMentions(record.entities, text);
  const timex = fittingTimex(record.timex ?? [], text);
  const evidence: Evidence[] = record.topics.flatMap((topic, t) =>
    topic.evidence
      .map((span, n) => ({
        start: Math.min(span.start, text.length),
        end: Math.min(span.end, text.length),
        id: `ev-${t}-${n + 1}`,
      }))
      .filter((span) => span.start < span.end),
  );
  const title = documentTitle(record, text);
  const meta = [
    title !== record.id ? `id ${record.id}` : undefined,
    record.source,
    record.date,
    record.date === undefined && record.documentDate
      ? `dated ${record.documentDate.value} (${record.documentDate.source})`
      : undefined,
    `${thousands(record.stats.characters)} characters`,
    `${record.stats.sentences} sentences`,
    `${record.entities.length} entity mentions`,
  ].filter((part): part is string => part !== undefined);

  const body = `<header class="page">
${indexHref !== undefined ? `<nav class="back"><a href="${escapeHtml(indexHref)}">← all documents</a></nav>\n` : ''}<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.map((part) => `<span>${escapeHtml(part)}</span>`).join('')}</p>
</header>
<main class="document">
<article>
${options.notice !== undefined ? `<p class="note" role="note">${escapeHtml(options.notice)}</p>\n` : ''}<div class="text${options.reconstructed ? ' reconstructed' : ''}" lang="de">${markText(text, mentions, evidence, timex)}</div>
</article>
<aside>
${legend(record)}
${topicsPanel(record, text)}
${relationsPanel(record, text)}
${datesPanel(record, timex)}
${entitiesPanel(record)}
${keyphrasesPanel(record)}
${warningsPanel(record)}
</aside>
</main>`;
  return htmlPage({ title: `${title} — govtext-de`, css: DOCUMENT_CSS + evidenceTargetCss(evidence), body });
}

/**
 * What a page and the index call a document: its title, else its first
 * sentence (up to 90 characters), else its id.
 */
export function documentTitle(record: DocumentRecord, text: string): string {
  if (record.title !== undefined && record.title.trim() !== '') return record.title;
  const first = record.sentences[0];
  const sentence = first ? shorten(text.slice(first.start, Math.min(first.end, text.length)), 90) : '';
  return sentence.replaceAll('…', '').trim() !== '' ? sentence : record.id;
}

/** Mentions in text order that fit the text and each other; their index in the record is kept for links. */
function fittingMentions(
  entities: readonly EntityMention[],
  text: string,
): { mention: EntityMention; index: number }[] {
  const fitting: { mention: EntityMention; index: number }[] = [];
  let end = 0;
  entities.forEach((mention, index) => {
    if (mention.start < end || mention.end > text.length || mention.start >= mention.end) return;
    if (text.slice(mention.start, mention.end) !== mention.text) return;
    fitting.push({ mention, index });
    end = mention.end;
  });
  return fitting;
}

/** Time expressions in text order that fit the text; their index in the record is kept for links. */
function fittingTimex(timex: readonly TimeExpression[], text: string): { timex: TimeExpression; index: number }[] {
  const fitting: { timex: TimeExpression; index: number }[] = [];
  let end = 0;
  timex.forEach((t, index) => {
    if (t.start < end || t.end > text.length || t.start >= t.end || text.slice(t.start, t.end) !== t.text) return;
    fitting.push({ timex: t, index });
    end = t.end;
  });
  return fitting;
}

/**
 * The text as HTML in one pass over its pieces. Mentions never overlap, so each
 * is one `<mark>` holding exactly its text. Evidence spans may overlap mentions
 * and each other: they begin with an empty `<a id>` anchor, and their text is
 * wrapped piecewise (`<span class="ev in-ev-…">`) inside and between the marks,
 * so the HTML stays well-formed whatever the nesting.
 */
function markText(
  text: string,
  mentions: { mention: EntityMention; index: number }[],
  evidence: Evidence[],
  timex: { timex: TimeExpression; index: number }[] = [],
): string {
  const cuts = new Set<number>([0, text.length]);
  for (const { mention } of mentions) cuts.add(mention.start).add(mention.end);
  for (const span of evidence) cuts.add(span.start).add(span.end);
  for (const { timex: t } of timex) cuts.add(t.start).add(t.end);
  let nextTimex = 0;
  const positions = [...cuts].sort((a, b) => a - b);

  const out: string[] = [];
  let next = 0;
  for (let i = 0; i + 1 < positions.length; i++) {
    const start = positions[i]!;
    const end = positions[i + 1]!;
    const current = mentions[next];
    const opens = current !== undefined && current.mention.start === start;
    const anchors = evidence
      .filter((span) => span.start === start)
      .map((span) => `<a class="anchor" id="${span.id}"></a>`);
    if (opens) out.push(...anchors, openMark(current.mention, current.index));
    else out.push(...anchors);
    const covering = evidence.filter((span) => span.start <= start && end <= span.end);
    const piece = escapeHtml(text.slice(start, end));
    const shown =
      covering.length === 0
        ? piece
        : `<span class="ev ${covering.map((span) => `in-${span.id}`).join(' ')}">${piece}</span>`;
    // Time expressions may cross mention and evidence borders: each of their pieces is wrapped on its own.
    while (nextTimex < timex.length && timex[nextTimex]!.timex.end <= start) nextTimex++;
    const inTimex = timex[nextTimex];
    out.push(
      inTimex !== undefined && inTimex.timex.start <= start && end <= inTimex.timex.end
        ? timexPiece(inTimex.timex, inTimex.index, start === inTimex.timex.start, shown)
        : shown,
    );
    if (current !== undefined && current.mention.end === end) {
      out.push('</mark>');
      next++;
    }
  }
  return out.join('');
}

function timexPiece(t: TimeExpression, index: number, first: boolean, piece: string): string {
  const label = escapeHtml(`${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`);
  const id = first ? ` id="t-${index}"` : '';
  return `<span class="timex"${id} data-type="${escapeHtml(t.type)}" data-value="${escapeHtml(t.value)}" title="${label}">${piece}</span>`;
}

function openMark(mention: EntityMention, index: number): string {
  const canonical = escapeHtml(mention.canonical);
  const source = escapeHtml(mention.source);
  const type = escapeHtml(mention.type);
  return (
    `<mark class="ent ent-${type}" id="m-${index}" data-type="${type}" data-canonical="${canonical}" ` +
    `data-source="${source}" title="${canonical} · ${source}">`
  );
}

function legend(record: DocumentRecord): string {
  const counts = new Map<string, number>();
  for (const mention of record.entities) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  const items = ENTITY_TYPES.map(
    (type) =>
      `<li><span class="swatch ent-${type}">${type}</span> ${escapeHtml(ENTITY_STYLES[type].label)} <span class="muted">${counts.get(type) ?? 0}</span></li>`,
  );
  return `<section class="panel legend"><h2>Entity types</h2><ul>${items.join('')}</ul><p class="muted hint">Hover a mention for its canonical name and the rule or list that found it.</p></section>`;
}

function topicsPanel(record: DocumentRecord, text: string): string {
  if (record.topics.length === 0)
    return '<section class="panel topics"><h2>Topics</h2><p class="muted">No topic reached the threshold.</p></section>';
  const items = record.topics.map((topic, t) => {
    const percent = Number.isFinite(topic.score) ? Math.min(100, Math.max(0, Math.round(topic.score * 1000) / 10)) : 0;
    // Each link shows the words it leads to.
    const links = topic.evidence
      .map((span, n) => {
        const words = text.slice(span.start, span.end) || String(span.text ?? '');
        // The link shows its words; its title quotes the sentence that carries them.
        const quote = evidenceSentence(record, text, span)?.text ?? words;
        return `<li><a href="#ev-${t}-${n + 1}" title="${escapeHtml(shorten(quote, 240))}">${escapeHtml(shorten(words, 90))}</a></li>`;
      })
      .join('');
    const strongest = topic.evidence[0];
    const sentence = strongest ? evidenceSentence(record, text, strongest) : undefined;
    return (
      `<li><div class="topic-head"><span class="topic-label">${escapeHtml(topic.label)}</span> <span class="muted">${escapeHtml(topic.id)}</span>` +
      `<span class="score" title="the probability that a reader would assign this topic">${formatPercent(percent)}</span></div>` +
      `<div class="bar" role="img" aria-label="probability ${formatPercent(percent)}"><span style="width:${percent}%"></span></div>` +
      (sentence ? `<blockquote class="evidence-sentence">${sentence.html}</blockquote>` : '') +
      (links ? `<ol class="evidence" lang="de" aria-label="evidence">${links}</ol>` : '') +
      '</li>'
    );
  });
  return `<section class="panel topics"><h2>Topics</h2><ol>${items.join('')}</ol></section>`;
}

function formatPercent(percent: number): string {
  return `${percent.toFixed(percent >= 99.95 || percent < 0.05 ? 0 : 1)} %`;
}

/** Characters of the sentence shown on either side of the evidence, at most. */
const SENTENCE_CONTEXT = 110;

/**
 * The sentence that carries an evidence span (by its `sentence` index, or by
 * offset for records without one), with the span in bold; undefined when the
 * text does not hold it.
 */
function evidenceSentence(
  record: DocumentRecord,
  text: string,
  span: { start: number; end: number; text: string; sentence?: number | undefined },
): { text: string; html: string } | undefined {
  // A record read from a file need not have come from extract: every index and offset is checked.
  const index = Number.isInteger(span.sentence)
    ? span.sentence!
    : record.sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
  const sentence = index >= 0 ? record.sentences[index] : undefined;
  if (
    !sentence ||
    !Number.isInteger(sentence.start) ||
    !Number.isInteger(sentence.end) ||
    sentence.end > text.length ||
    typeof span.text !== 'string' ||
    text.slice(span.start, span.end) !== span.text
  )
    return undefined;
  const start = Math.max(sentence.start, span.start - SENTENCE_CONTEXT);
  const end = Math.min(sentence.end, span.end + SENTENCE_CONTEXT);
  const before = (start > sentence.start ? '…' : '') + text.slice(start, span.start);
  const after = text.slice(span.end, end) + (end < sentence.end ? '…' : '');
  const flat = (part: string) => part.replace(/\s+/g, ' ');
  return {
    text: flat(text.slice(sentence.start, sentence.end)),
    html: `${escapeHtml(flat(before))}<strong>${escapeHtml(flat(span.text))}</strong>${escapeHtml(flat(after))}`,
  };
}

function relationsPanel(record: DocumentRecord, text: string): string {
  if (record.relations.length === 0)
    return '<section class="panel relations"><h2>Relations</h2><p class="muted">No roles or affiliations stated.</p></section>';
  const items = record.relations.map((relation) => {
    const parts = [
      `<a class="person" href="#m-${escapeHtml(relation.personMention)}">${escapeHtml(relation.person)}</a>`,
    ];
    if (relation.role !== undefined || relation.former === true) {
      const role = escapeHtml(relation.role ?? '');
      parts.push(
        `<span class="role">${relation.former === true ? `${role} <span class="muted">(former)</span>` : role}</span>`,
      );
    }
    if (relation.organisation !== undefined) {
      const organisation = escapeHtml(relation.organisation);
      parts.push(
        relation.organisationMention !== undefined
          ? `<a class="organisation" href="#m-${escapeHtml(relation.organisationMention)}">${organisation}</a>`
          : `<span class="organisation">${organisation}</span>`,
      );
    }
    const quote = text.slice(relation.start, relation.end);
    return `<li><span class="relation">${parts.join(' — ')}</span>${quote.trim() ? `<q lang="de">${escapeHtml(shorten(quote, 220))}</q>` : ''}</li>`;
  });
  return `<section class="panel relations"><h2>Relations <span class="muted small">person — role — organisation</span></h2><ul>${items.join('')}</ul></section>`;
}

function datesPanel(record: DocumentRecord, timex: { timex: TimeExpression; index: number }[]): string {
  const documentDate = record.documentDate;
  const dated = documentDate
    ? `<p class="dated">Dated <strong>${escapeHtml(documentDate.value)}</strong> <span class="muted">${escapeHtml(
        documentDate.source === 'meta'
          ? 'given with the document'
          : `from its ${String(documentDate.source).replace('-', ' ')}`,
      )}${documentDate.evidence ? `: „${escapeHtml(shorten(documentDate.evidence.text, 80))}“` : ''}</span></p>`
    : '<p class="dated muted">No document date: relative expressions keep X.</p>';
  const items = timex.map(
    ({ timex: t, index }) =>
      `<li><a href="#t-${index}">${escapeHtml(shorten(t.text, 60))}</a> <span class="tx-type">${escapeHtml(t.type)}</span> <code>${escapeHtml(t.value)}</code>${t.mod ? ` <span class="muted">${escapeHtml(t.mod)}</span>` : ''}</li>`,
  );
  const facts = (record.eventFacts ?? []).map((fact) => {
    const parts = [
      fact.date ? `<code>${escapeHtml(fact.date.value)}</code>` : undefined,
      fact.place ? escapeHtml(fact.place.name) : undefined,
      fact.organisers.length ? escapeHtml(fact.organisers.map((o) => o.name).join(', ')) : undefined,
    ].filter((part): part is string => part !== undefined);
    return `<li><a class="event" href="#m-${escapeHtml(fact.eventMention)}">${escapeHtml(fact.event)}</a> ${parts.join(' · ')}</li>`;
  });
  return (
    `<section class="panel dates"><h2>Dates <span class="muted">${timex.length} time expressions</span></h2>${dated}` +
    (items.length ? `<ul class="timex-list">${items.join('')}</ul>` : '') +
    (facts.length ? `<h3>Events</h3><ul class="event-facts">${facts.join('')}</ul>` : '') +
    '</section>'
  );
}

function entitiesPanel(record: DocumentRecord): string {
  if (record.entityIndex.length === 0) return '';
  const groups = ENTITY_TYPES.map((type) => {
    const entries = record.entityIndex.filter((entry) => entry.type === type);
    if (entries.length === 0) return '';
    const names = entries.map(
      (entry) =>
        `<li title="${escapeHtml(entry.aliases.join(' · '))}"><span class="swatch-dot ent-${type}"></span><span class="name">${escapeHtml(entry.canonical)}${entry.mentions !== 1 ? ` <span class="muted">×${escapeHtml(entry.mentions)}</span>` : ''}</span></li>`,
    );
    return `<h3>${escapeHtml(ENTITY_STYLES[type].label)}</h3><ul class="names" lang="de">${names.join('')}</ul>`;
  });
  return `<section class="panel entities"><h2>Entities <span class="muted">${record.entityIndex.length} distinct</span></h2>${groups.join('')}</section>`;
}

function keyphrasesPanel(record: DocumentRecord): string {
  if (record.keyphrases.length === 0) return '';
  const items = record.keyphrases.map(
    (phrase) => `<li title="score ${escapeHtml(phrase.score)}">${escapeHtml(phrase.text)}</li>`,
  );
  return `<section class="panel keyphrases"><h2>Keyphrases</h2><ul lang="de">${items.join('')}</ul></section>`;
}

function warningsPanel(record: DocumentRecord): string {
  if (record.warnings.length === 0) return '';
  const items = record.warnings.map(
    (warning) => `<li>${escapeHtml(warning.message)} (${escapeHtml(warning.count)})</li>`,
  );
  return `<section class="panel warnings"><h2>Warnings</h2><ul>${items.join('')}</ul></section>`;
}

/** `12,345` for a count; anything else as it is (escaped where it is shown). */
function thousands(value: unknown): string {
  return typeof value === 'number' ? value.toLocaleString('en') : String(value);
}

function shorten(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

/** The evidence a topic link targets lights up (`:has(:target)`, no script). */
function evidenceTargetCss(evidence: Evidence[]): string {
  return (
    evidence.map((span) => `body:has(#${span.id}:target) .in-${span.id}`).join(',\n') +
    (evidence.length ? ' { background: #ffe66d; box-shadow: 0 0 0 2px #ffe66d; }\n' : '')
  );
}

const TYPE_CSS = ENTITY_TYPES.map(
  (type) => `.ent-${type} { --c: ${ENTITY_STYLES[type].colour}; --tint: ${ENTITY_STYLES[type].tint}; }`,
).join('\n');

const DOCUMENT_CSS = `
${TYPE_CSS}
main.document { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 24px; padding: 20px 32px 40px; max-width: 1400px; }
@media (max-width: 960px) { main.document { grid-template-columns: 1fr; padding: 16px; } }
article .text { background: #fff; border: 1px solid #dde1e7; border-radius: 8px; padding: 22px 26px; white-space: pre-wrap; overflow-wrap: break-word; font-size: 1.02rem; line-height: 1.8; max-width: 78ch; }
article .text.reconstructed { white-space: pre-line; }
mark.ent { position: relative; color: inherit; background: var(--tint); border-bottom: 2px solid var(--c); border-radius: 3px; padding: 1px 2px; }
mark.ent::after { content: attr(data-type); margin-left: 3px; font: 700 0.58em/1 system-ui, sans-serif; letter-spacing: 0.03em; color: var(--c); vertical-align: 0.45em; }
mark.ent:hover::before { content: attr(data-canonical) " · " attr(data-source); position: absolute; left: 0; bottom: calc(100% + 4px); z-index: 2; padding: 3px 8px; border-radius: 4px; background: #1d2330; color: #fff; font: 500 0.78rem/1.4 system-ui, sans-serif; white-space: nowrap; pointer-events: none; }
mark.ent:target { outline: 2px solid var(--c); outline-offset: 1px; }
a.anchor { scroll-margin-top: 40vh; }
span.timex { text-decoration: underline 2px dotted #b4531a; text-underline-offset: 3px; }
span.timex:target { outline: 2px solid #b4531a; outline-offset: 1px; }
.dates .dated { font-size: 0.88rem; margin: 0 0 8px; }
.dates ul { margin: 0; padding: 0; list-style: none; font-size: 0.86rem; }
.dates li { margin: 0 0 4px; }
.dates .tx-type { font: 700 0.66rem/1 system-ui, sans-serif; color: #b4531a; }
.dates h3 { font-size: 0.82rem; margin: 10px 0 4px; color: #4b5465; }
.dates .event { font-weight: 600; text-decoration: none; }
.legend ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 5px 12px; font-size: 0.86rem; }
.legend li { display: flex; align-items: baseline; gap: 6px; white-space: nowrap; }
.legend li .muted { margin-left: auto; }
.swatch { display: inline-block; min-width: 5.4em; text-align: center; font: 700 0.72rem/1.6 system-ui, sans-serif; color: var(--c); background: var(--tint); border-bottom: 2px solid var(--c); border-radius: 3px; }
.swatch-dot { display: inline-block; width: 0.65em; height: 0.65em; border-radius: 50%; background: var(--c); margin-right: 6px; }
.hint { font-size: 0.8rem; margin: 8px 0 0; }
h2 .small { font-size: 0.8rem; font-weight: 500; }
.topics ol, .relations ul, .keyphrases ul, .warnings ul { margin: 0; padding: 0; list-style: none; }
.topics li { margin: 0 0 10px; }
.topic-head { display: flex; gap: 6px; align-items: baseline; font-size: 0.92rem; }
.topic-label { font-weight: 600; }
.topic-head .score { margin-left: auto; font-variant-numeric: tabular-nums; }
.bar { height: 8px; background: #eceff3; border-radius: 4px; overflow: hidden; margin: 3px 0; }
.bar span { display: block; height: 100%; background: #3b7dd8; border-radius: 4px; }
.evidence-sentence { margin: 4px 0 4px; padding: 2px 0 2px 8px; border-left: 3px solid #c9d3e3; font-size: 0.82rem; color: #3d4452; }
.topics ol.evidence { margin: 4px 0 0; padding: 0 0 0 1.1em; list-style: disc; font-size: 0.8rem; color: #6b7383; }
.topics ol.evidence li { margin: 0 0 2px; }
.topics ol.evidence a { text-decoration: none; color: #1f5fae; overflow-wrap: break-word; }
.topics ol.evidence a::before { content: "„"; }
.topics ol.evidence a::after { content: "“"; }
.relations li { margin: 0 0 9px; font-size: 0.9rem; }
.relations .person, .relations .organisation { font-weight: 600; text-decoration: none; }
.relations .role { font-style: italic; }
.relations q { display: block; color: #6b7383; font-size: 0.82rem; margin-top: 1px; }
.entities h3 { font-size: 0.82rem; margin: 10px 0 4px; color: #4b5465; }
.entities ul.names { margin: 0; padding: 0; list-style: none; font-size: 0.88rem; columns: 2 11rem; column-gap: 16px; }
.entities ul.names li { break-inside: avoid; display: flex; align-items: baseline; }
.entities ul.names li .swatch-dot { flex: none; }
/* Whole words: a name breaks only at spaces and hyphens, or (where the browser hyphenates German) at syllables. */
.entities ul.names li .name { min-width: 0; overflow-wrap: break-word; hyphens: auto; }
.keyphrases ul { display: flex; flex-wrap: wrap; gap: 6px; }
.keyphrases li { background: #eef1f6; border-radius: 12px; padding: 1px 10px; font-size: 0.86rem; }
`;
