// Where resolved mentions sit in the token table: which tokens they cover and
// each mention's first and last token. Read by mention linking and relations.

import type { EntityMention } from '../record.js';
import type { TokenView } from '../text/token-view.js';

export interface MentionTokens {
  /** 1 for each token inside a mention. */
  covered: Uint8Array;
  first: Map<EntityMention, number>;
  last: Map<EntityMention, number>;
  /** The mention that starts at a token. */
  startingAt: Map<number, EntityMention>;
}

/** One pass over tokens and mentions (both in text order, mentions never overlapping). */
export function mentionTokens(view: TokenView, mentions: readonly EntityMention[]): MentionTokens {
  const covered = new Uint8Array(view.count);
  const first = new Map<EntityMention, number>();
  const last = new Map<EntityMention, number>();
  const startingAt = new Map<number, EntityMention>();
  let m = 0;
  for (let i = 0; i < view.count && m < mentions.length; i++) {
    while (m < mentions.length && mentions[m]!.end <= view.starts[i]!) m++;
    const mention = mentions[m];
    if (!mention || view.starts[i]! < mention.start || view.ends[i]! > mention.end) continue;
    covered[i] = 1;
    if (!first.has(mention)) {
      first.set(mention, i);
      startingAt.set(i, mention);
    }
    last.set(mention, i);
  }
  return { covered, first, last, startingAt };
}
