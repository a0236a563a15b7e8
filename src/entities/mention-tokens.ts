// Where resolved mentions sit in the token table: which tokens they cover and
// each mention's first and last token. Read by the mention passes and relations.
//
// The passes ask for it about nine times per document, and most of them hand
// the next one the mentions they were given (they found nothing to change). So
// the last view built for a document is kept beside its token view and given
// again when the mentions cover the same spans: the view depends on nothing
// else. Kept weakly, by the document's token view: it goes with the document.

import type { EntityMention } from '../record.js';
import type { TokenView } from '../text/token-view.js';

export interface MentionTokens {
  /** 1 for each token inside a mention: the caller's own copy, which a pass may mark as it adds mentions. */
  covered: Uint8Array;
  /** Per mention, by its index: its first and last token, or -1 when it covers no whole token. Read only. */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** Per token: the index of the mention that starts there, or -1. Read only. */
  readonly startingAt: Int32Array;
}

interface Built {
  /** The spans the view was built for: start and end of each mention, in order. */
  spans: Int32Array;
  tokens: MentionTokens;
}

const lastBuilt = new WeakMap<TokenView, Built>();

/** One pass over tokens and mentions (both in text order, mentions never overlapping), or the same spans' last one. */
export function mentionTokens(view: TokenView, mentions: readonly EntityMention[]): MentionTokens {
  const built = lastBuilt.get(view);
  if (built !== undefined && sameSpans(built.spans, mentions)) {
    return { ...built.tokens, covered: built.tokens.covered.slice() };
  }
  const tokens = buildMentionTokens(view, mentions);
  const spans = new Int32Array(mentions.length * 2);
  for (let m = 0; m < mentions.length; m++) {
    spans[2 * m] = mentions[m]!.start;
    spans[2 * m + 1] = mentions[m]!.end;
  }
  lastBuilt.set(view, { spans, tokens: { ...tokens, covered: tokens.covered.slice() } });
  return tokens;
}

function sameSpans(spans: Int32Array, mentions: readonly EntityMention[]): boolean {
  if (spans.length !== mentions.length * 2) return false;
  for (let m = 0; m < mentions.length; m++) {
    if (spans[2 * m] !== mentions[m]!.start || spans[2 * m + 1] !== mentions[m]!.end) return false;
  }
  return true;
}

function buildMentionTokens(view: TokenView, mentions: readonly EntityMention[]): MentionTokens {
  const covered = new Uint8Array(view.count);
  const first = new Int32Array(mentions.length).fill(-1);
  const last = new Int32Array(mentions.length).fill(-1);
  const startingAt = new Int32Array(view.count).fill(-1);
  let m = 0;
  for (let i = 0; i < view.count && m < mentions.length; i++) {
    while (m < mentions.length && mentions[m]!.end <= view.starts[i]!) m++;
    const mention = mentions[m];
    if (!mention || view.starts[i]! < mention.start || view.ends[i]! > mention.end) continue;
    covered[i] = 1;
    if (first[m]! < 0) {
      first[m] = i;
      startingAt[i] = m;
    }
    last[m] = i;
  }
  return { covered, first, last, startingAt };
}
