// The record's index of distinct entities: one entry per (type, canonical name)
// with its mention count and the surface forms it appeared as.

import type { EntityIndexEntry, EntityMention } from '../record.js';

export function indexEntities(mentions: readonly EntityMention[]): EntityIndexEntry[] {
  const byKey = new Map<string, EntityIndexEntry>();
  for (const mention of mentions) {
    const key = `${mention.type}\u0000${mention.canonical}`;
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { canonical: mention.canonical, type: mention.type, mentions: 0, aliases: [] };
      byKey.set(key, entry);
    }
    entry.mentions++;
    const alias = mention.text.replace(/\s+/g, ' ');
    if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
  }
  // Insertion order is first-mention order: stable for the same input.
  return [...byKey.values()];
}
