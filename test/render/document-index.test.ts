// The index of govtext render: one row per page, in the records' order, with a
// filter-and-sort script that the Content-Security-Policy allows by its hash
// and by nothing else.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderIndex } from '../../src/render/document-index.js';
import { INDEX_SCRIPT, INDEX_SCRIPT_HASH } from '../../src/render/index-script.js';

const entries = [
  {
    id: 'b',
    title: 'Zweiter <Bericht>',
    href: 'b.html',
    characters: 1200,
    mentions: 3,
    topics: ['ozg'],
    reconstructed: false,
  },
  { id: 'a', href: 'a.html', date: '2024-05-01', characters: 80, mentions: 0, topics: [], reconstructed: true },
];

describe('renderIndex', () => {
  it('allows its one script by the script’s SHA-256 and nothing else', () => {
    const digest = `sha256-${createHash('sha256').update(INDEX_SCRIPT).digest('base64')}`;
    expect(INDEX_SCRIPT_HASH).toBe(digest);
    const page = renderIndex(entries);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)![1]!.replaceAll('&#39;', "'");
    expect(policy).toContain(`script-src '${digest}'`);
    expect(policy).toContain("default-src 'none'");
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).toContain(`<script>${INDEX_SCRIPT}</script>`);
  });

  it('lists every page in the given order, escaped, with sort keys for the numeric columns', () => {
    const page = renderIndex(entries);
    expect([...page.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1])).toEqual(['b.html', 'a.html']);
    expect(page).toContain('Zweiter &lt;Bericht&gt;');
    expect(page).toContain('data-sort="1200"');
    // Without the script the filter box stays hidden: it would do nothing.
    expect(page).toMatch(/<p class="filter" hidden>/);
  });
});
