// The mention-token view (src/entities/mention-tokens.ts): which tokens the
// mentions cover, and each mention's first and last token. The passes ask for it
// again and again; a view given again must be the one a fresh build gives.

import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/index.js';
import { mentionTokens } from '../../src/entities/mention-tokens.js';
import { analyse } from '../helpers.js';

const TEXT = 'Die Stadt Köln und das Land NRW beauftragen die Firma Beispiel GmbH.';

function mention(text: string, from = 0): EntityMention {
  const start = TEXT.indexOf(text, from);
  return {
    text,
    type: 'ORG',
    start,
    end: start + text.length,
    canonical: text,
    sentence: 0,
    source: 'test',
    confidence: 1,
  };
}

function plain(tokens: ReturnType<typeof mentionTokens>) {
  return {
    covered: [...tokens.covered],
    first: [...tokens.first],
    last: [...tokens.last],
    startingAt: [...tokens.startingAt],
  };
}

describe('mentionTokens', () => {
  it('gives the same view for mentions with the same spans, and the view of new spans when they change', () => {
    const doc = analyse(TEXT);
    const mentions = [mention('Stadt Köln'), mention('Land NRW')];
    const first = plain(mentionTokens(doc.view, mentions));
    expect(first.first).toEqual([1, 5]);
    expect(first.last).toEqual([2, 6]);
    expect(first.covered.filter((c) => c === 1)).toHaveLength(4);
    // Another list of the same spans: the same view.
    expect(plain(mentionTokens(doc.view, [...mentions]))).toEqual(first);
    // One more mention: built afresh for the new spans.
    const more = plain(mentionTokens(doc.view, [...mentions, mention('Beispiel GmbH')]));
    expect(more.first).toEqual([1, 5, 10]);
    expect(more.startingAt[10]).toBe(2);
    // And back: the first spans again.
    expect(plain(mentionTokens(doc.view, mentions))).toEqual(first);
  });

  it('gives each caller its own covered, which a pass may mark without changing what the next caller gets', () => {
    const doc = analyse(TEXT);
    const mentions = [mention('Stadt Köln')];
    const mine = mentionTokens(doc.view, mentions);
    mine.covered.fill(1);
    const next = mentionTokens(doc.view, mentions);
    expect([...next.covered]).toEqual([...doc.view.surface.map((_, i) => (i === 1 || i === 2 ? 1 : 0))]);
  });
});
