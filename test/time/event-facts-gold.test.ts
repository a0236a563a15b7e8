// The event-facts gold (eventFacts in corpus/ and corpus/train/ gold files) is well formed:
// every name it uses is one the gold entities are written under, every evidence
// span is a slice of the text, every date a value of the project's form.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers.js';

interface Gold {
  entities: { text: string; type: string }[];
  eventFacts?: {
    event: string[];
    date: string | null;
    place: string[] | null;
    organisers: string[][];
    evidence: { start: number; end: number; text: string } | null;
  }[];
}

function goldWithEventFacts(): { id: string; text: string; gold: Gold }[] {
  const found: { id: string; text: string; gold: Gold }[] = [];
  for (const dir of [CORPUS, join(CORPUS, 'train')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.gold.json')) continue;
      const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold;
      if (!gold.eventFacts) continue;
      const id = name.slice(0, -'.gold.json'.length);
      found.push({ id, text: readFileSync(join(dir, `${id}.txt`), 'utf8'), gold });
    }
  }
  return found;
}

describe('event-facts gold', () => {
  const documents = goldWithEventFacts();

  it('covers at least ten reports', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  it('names events, places and organisers as the gold entities write them, with evidence that slices the text', () => {
    for (const { id, text, gold } of documents) {
      const named = (type: string) => new Set(gold.entities.filter((e) => e.type === type).map((e) => e.text));
      const events = named('EVENT');
      const places = named('LOC');
      const organisations = named('ORG');
      for (const fact of gold.eventFacts!) {
        for (const name of fact.event) expect(events.has(name), `${id}: event ${name}`).toBe(true);
        if (fact.place)
          expect(
            fact.place.some((p) => places.has(p)),
            `${id}: place ${fact.place[0]}`,
          ).toBe(true);
        for (const organiser of fact.organisers)
          expect(
            organiser.some((o) => organisations.has(o)),
            `${id}: organiser ${organiser[0]}`,
          ).toBe(true);
        if (fact.date !== null) expect(fact.date).toMatch(/^\d{4}(?:-(?:\d{2}|SP|SU|FA|WI)(?:-\d{2})?)?(?:\/\S+)?$/);
        if (fact.evidence) expect(text.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
        const hasFacts = fact.date !== null || fact.place !== null || fact.organisers.length > 0;
        expect(fact.evidence !== null, `${id}: evidence exactly when there are facts`).toBe(hasFacts);
      }
    }
  });
});
