// The index page of govtext render: every rendered document with a link to its
// page, its date, size, entities and strongest topics, and whether the page
// shows the original text or one pieced together from the record. A small
// script (index-script.ts, allowed by its hash) adds a filter box and sortable
// columns; without it the table is the same, in the order of the records.

import { escapeHtml } from './html-escape.js';
import { INDEX_SCRIPT, INDEX_SCRIPT_HASH } from './index-script.js';
import { htmlPage } from './page.js';

export interface IndexEntry {
  id: string;
  title?: string;
  date?: string;
  /** The page's file name, relative to the index. */
  href: string;
  characters: number;
  mentions: number;
  topics: string[];
  reconstructed: boolean;
}

export function renderIndex(entries: readonly IndexEntry[], notes: readonly string[] = []): string {
  const rows = entries.map(
    (entry) =>
      `<tr><td data-sort="${escapeHtml(entry.title ?? entry.id)}"><a href="${escapeHtml(entry.href)}">${escapeHtml(entry.title ?? entry.id)}</a>${entry.title !== undefined && entry.title !== entry.id ? ` <span class="muted">${escapeHtml(entry.id)}</span>` : ''}</td>` +
      `<td>${escapeHtml(entry.date ?? '')}</td><td class="num" data-sort="${entry.characters}">${entry.characters.toLocaleString('en')}</td><td class="num">${entry.mentions}</td>` +
      `<td>${escapeHtml(entry.topics.join(', '))}</td><td>${entry.reconstructed ? '<span class="pieced">pieced together</span>' : 'original'}</td></tr>`,
  );
  const body = `<header class="page">
<h1>Documents</h1>
<p class="meta"><span id="shown">${entries.length} documents</span></p>
</header>
<main class="index">
${notes.map((note) => `<p class="note" role="note">${escapeHtml(note)}</p>`).join('\n')}
<p class="filter" hidden><label>Filter <input type="search" id="filter" placeholder="words in title, id, date or topics" autocomplete="off"></label> <span class="muted">click a column's heading to sort by it</span></p>
<section class="panel"><table class="documents"><thead><tr><th>document</th><th>date</th><th class="num">characters</th><th class="num">entities</th><th>topics</th><th>text</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>
</main>`;
  return htmlPage({
    title: 'Documents — govtext-de',
    css: INDEX_CSS,
    body,
    script: { text: INDEX_SCRIPT, hash: INDEX_SCRIPT_HASH },
  });
}

const INDEX_CSS = `
main.index { padding: 20px 32px 40px; max-width: 1200px; }
.pieced { color: #8a5a00; }
.filter { margin: 0 0 12px; }
.filter input { font: inherit; padding: 4px 8px; width: min(28rem, 100%); border: 1px solid #c9d3e3; border-radius: 6px; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
`;
