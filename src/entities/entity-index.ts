// The record's index of distinct entities: one entry per (type, canonical name)
// with its mention count and the surface forms it appeared as.

import type { EntityIndexEntry, EntityMention, EntityType } from '../record.js';
import { collapseWhitespace } from '../text/token-view.js';

export function indexEntities(mentions: readonly EntityMention[]): EntityIndexEntry[] {
  // In first-mention order: stable for the same input.
  const entries: EntityIndexEntry[] = [];
  const byType = new Map<EntityType, Map<string, EntityIndexEntry>>();
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    let byCanonical = byType.get(mention.type);
    if (byCanonical === undefined) byType.set(mention.type, (byCanonical = new Map()));
    let entry = byCanonical.get(mention.canonical);
    if (entry === undefined) {
      entry = { canonical: mention.canonical, type: mention.type, mentions: 0, aliases: [] };
      byCanonical.set(mention.canonical, entry);
      entries.push(entry);
    }
    entry.mentions++;
    const alias = collapseWhitespace(mention.text);
    if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
  }
  return entries;
}
