// The record's index of distinct entities: one entry per (type, canonical name)
// with its mention count and the surface forms it appeared as; a person's entry
// also lists the organisations and roles the relation stage found for them.

import type { EntityIndexEntry, EntityMention, EntityType, Relation } from '../record.js';
import { collapseWhitespace } from '../text/token-view.js';

/** What the relation stage tells about the people of a document. */
export interface PeopleFacts {
  relations: Relation[];
  /** Each person's roles as written (canonical name → roles in text order). */
  roles: ReadonlyMap<string, readonly string[]>;
}

export function indexEntities(mentions: readonly EntityMention[], people?: PeopleFacts): EntityIndexEntry[] {
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
  const persons = byType.get('PER');
  if (people && persons) addPeopleFacts(persons, people);
  return entries;
}

function addPeopleFacts(persons: ReadonlyMap<string, EntityIndexEntry>, people: PeopleFacts): void {
  const organisations = new Map<string, string[]>();
  for (const relation of people.relations) {
    if (relation.organisation === undefined) continue;
    const list = organisations.get(relation.person) ?? [];
    if (!list.includes(relation.organisation)) list.push(relation.organisation);
    organisations.set(relation.person, list);
  }
  for (const [canonical, entry] of persons) {
    const known = organisations.get(canonical);
    const roles = [...(people.roles.get(canonical) ?? [])];
    for (const relation of people.relations)
      if (relation.person === canonical && relation.role !== undefined && !roles.includes(relation.role))
        roles.push(relation.role);
    if (known) entry.organisations = known;
    if (roles.length > 0) entry.roles = roles;
  }
}
