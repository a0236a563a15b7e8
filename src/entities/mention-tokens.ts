// Where resolved mentions sit in the token table: which tokens they cover and
// each mention's first and last token. Read by the mention passes and relations.

import type { EntityMention } from '../record.js';
import type { TokenView } from '../text/token-view.js';

export interface MentionTokens {
  /** 1 for each token inside a mention. */
  covered: Uint8Array;
  /** Per mention, by its index: its first and last token, or -1 when it covers no whole token. */
  first: Int32Array;
  last: Int32Array;
  /** Per token: the index of the mention that starts there, or -1. */
  startingAt: Int32Array;
}

/** One pass over tokens and mentions (both in text order, mentions never overlapping). */
export function mentionTokens(view: TokenView, mentions: readonly EntityMention[]): MentionTokens {
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
