// What the mention passes share: a pass adds a mention only on tokens no
// mention covers yet and within one sentence, and hands back a new list in
// text order, its input left alone.

import type { EntityMention, EntityType } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';

/** The mentions a pass adds, and which tokens are taken (by the input's mentions or by the added ones). */
export class AddedMentions {
  readonly list: EntityMention[] = [];

  constructor(
    private readonly doc: AnalysedText,
    /** 1 for each token inside a mention; the pass's own copy (mentionTokens). */
    readonly covered: Uint8Array,
  ) {}

  /** Adds a mention of tokens first..last unless one of them is taken or they span two sentences; true when added. */
  add(first: number, last: number, type: EntityType, canonical: string, confidence: number, source: string): boolean {
    const { covered, doc } = this;
    const sentence = doc.view.sentence[first]!;
    if (doc.view.sentence[last] !== sentence) return false;
    for (let i = first; i <= last; i++) if (covered[i]) return false;
    covered.fill(1, first, last + 1);
    const start = doc.view.starts[first]!;
    const end = doc.view.ends[last]!;
    this.list.push({
      text: doc.text.slice(start, end),
      type,
      start,
      end,
      canonical,
      sentence,
      source,
      confidence,
    });
    return true;
  }
}

/** `mentions` without `dropped`, with `added`, in text order; `mentions` itself when nothing changed. */
export function mergeMentions(
  mentions: EntityMention[],
  added: readonly EntityMention[],
  dropped: ReadonlySet<EntityMention> = new Set(),
): EntityMention[] {
  if (added.length === 0 && dropped.size === 0) return mentions;
  return [...mentions.filter((mention) => !dropped.has(mention)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * The source of a mention a pass changed: the recogniser's, then why the pass changed it
 * (`gazetteer:laws+context:version`); a reason already named is not named twice.
 */
export function withReason(source: string, reason: string): string {
  return source === reason || source.split('+').includes(reason) ? source : `${source}+${reason}`;
}

/**
 * `mention` with its span run on to `end` (a character offset in the same sentence), its canonical name `canonical`
 * and its source naming `reason`: what a pass that extends a mention hands back in its place.
 */
export function extendedTo(
  doc: AnalysedText,
  mention: EntityMention,
  end: number,
  canonical: string,
  reason: string,
): EntityMention {
  return {
    ...mention,
    end,
    text: doc.text.slice(mention.start, end),
    canonical,
    source: withReason(mention.source, reason),
  };
}

/**
 * `mentions` with `renamed` canonical names replaced, each renamed mention's source naming `reason`; `mentions` itself
 * when none is.
 */
export function renameCanonicals(
  mentions: EntityMention[],
  renamed: ReadonlyMap<string, string>,
  reason: string,
): EntityMention[] {
  if (renamed.size === 0 || !mentions.some((mention) => renamed.has(mention.canonical))) return mentions;
  return mentions.map((mention) => {
    const canonical = renamed.get(mention.canonical);
    return canonical === undefined || canonical === mention.canonical
      ? mention
      : { ...mention, canonical, source: withReason(mention.source, reason) };
  });
}
