// The index page of govtext render: every rendered document with a link to its
// page, its date, size, entities and strongest topics, and whether the page
// shows the original text or one pieced together from the record.

import { escapeHtml } from './html-escape.js';
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
      `<tr><td><a href="${escapeHtml(entry.href)}">${escapeHtml(entry.title ?? entry.id)}</a>${entry.title !== undefined ? ` <span class="muted">${escapeHtml(entry.id)}</span>` : ''}</td>` +
      `<td>${escapeHtml(entry.date ?? '')}</td><td class="num">${entry.characters.toLocaleString('en')}</td><td class="num">${entry.mentions}</td>` +
      `<td>${escapeHtml(entry.topics.join(', '))}</td><td>${entry.reconstructed ? '<span class="pieced">pieced together</span>' : 'original'}</td></tr>`,
  );
  const body = `<header class="page">
<h1>Documents</h1>
<p class="meta"><span>${entries.length} documents</span></p>
</header>
<main class="index">
${notes.map((note) => `<p class="note" role="note">${escapeHtml(note)}</p>`).join('\n')}
<section class="panel"><table><thead><tr><th>document</th><th>date</th><th class="num">characters</th><th class="num">entities</th><th>topics</th><th>text</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>
</main>`;
  return htmlPage({ title: 'Documents — govtext-de', css: INDEX_CSS, body });
}

const INDEX_CSS = `
main.index { padding: 20px 32px 40px; max-width: 1200px; }
.pieced { color: #8a5a00; }
`;
