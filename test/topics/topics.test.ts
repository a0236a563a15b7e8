// The topic stage: a taxonomy checked when loaded, terms found in inflected
// forms and inside compounds, evidence per sentence, a threshold that keeps
// passing mentions out, and callers' own taxonomies.

import { describe, expect, it } from 'vitest';
import {
  type Taxonomy,
  createExtractor,
  extendTaxonomy,
  extract,
  builtInTaxonomy,
  parseTaxonomy,
  taxonomyTagger,
} from '../../src/index.js';

const cloud: Taxonomy = {
  scoring: { saturation: 2, threshold: 0.3, maxEvidence: 3 },
  topics: [
    {
      id: 'cloud',
      label: 'Cloud',
      terms: [
        { term: 'Cloud', weight: 1 },
        { term: 'Rechenzentrum', weight: 0.4 },
        { term: 'Software as a Service', weight: 0.8 },
      ],
      against: [{ term: 'Wolke', weight: 1 }],
    },
    {
      id: 'ki',
      label: 'KI',
      terms: [
        { term: 'KI', weight: 1, exact: true },
        { term: 'Sprachmodell', weight: 1 },
      ],
    },
  ],
};

const withCloud = createExtractor({ taxonomy: cloud, recognizers: [], keyphrases: 0 });
const topicsOf = (text: string) => withCloud.extract(text).topics;

describe('the taxonomy', () => {
  it('ships the 23 topics of ANNOTATION.md, each with terms', () => {
    const ids = builtInTaxonomy().topics.map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ki',
        'cloud',
        'souveraenitaet',
        'open-source',
        'ozg',
        'efa',
        'it-sicherheit',
        'datenschutz',
        'open-data',
        'e-akte',
        'prozesse',
        'register',
        'identitaet',
        'e-rechnung',
        'personal',
        'finanzierung',
        'kooperation',
        'migration',
        'smart-city',
        'barrierefreiheit',
        'agile',
        'mobiles-arbeiten',
        'blockchain',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a malformed taxonomy with a message naming the problem', () => {
    expect(() => parseTaxonomy({ topics: [{ id: 'x', label: 'X', terms: [{ term: 'a', weight: 2 }] }] })).toThrow(
      /topics\.0\.terms\.0\.weight/,
    );
    expect(() =>
      parseTaxonomy({ topics: [{ id: 'Großes X', label: 'X', terms: [{ term: 'a', weight: 1 }] }] }),
    ).toThrow(TypeError);
    expect(() => parseTaxonomy({ topics: [cloud.topics[0], cloud.topics[0]] })).toThrow(/appears twice/);
    expect(() => createExtractor({ taxonomy: { topics: 'cloud' } as unknown as Taxonomy })).toThrow(
      /invalid topic taxonomy/,
    );
  });

  it('extends: a new id adds a topic, a known id adds terms', () => {
    const extended = extendTaxonomy(cloud, {
      topics: [
        { id: 'cloud', label: 'Cloud', terms: [{ term: 'Hyperscaler', weight: 1 }] },
        { id: 'raumfahrt', label: 'Raumfahrt', terms: [{ term: 'Rakete', weight: 1 }] },
      ],
    });
    expect(extended.topics.map((t) => t.id)).toEqual(['cloud', 'ki', 'raumfahrt']);
    expect(extended.topics[0]!.terms.map((t) => t.term)).toContain('Hyperscaler');
    expect(extended.topics[0]!.terms.map((t) => t.term)).toContain('Cloud');
  });
});

describe('matching terms', () => {
  it('finds a term inflected, as the head or modifier of a compound, and in hyphenated compounds', () => {
    const text =
      'Die Verwaltungscloud startet. Der Cloud-Anbieter liefert. Alle Clouds laufen. Das Cloudangebot wächst.';
    const [topic] = topicsOf(text);
    expect(topic!.id).toBe('cloud');
    expect(topic!.evidence.map((e) => e.text)).toEqual(['Verwaltungscloud', 'Cloud-Anbieter', 'Clouds']);
  });

  it('keeps exact terms whole: „KI“ in „KI-gestützt“ counts, in „Kinder“ or „Kiel“ not', () => {
    expect(topicsOf('Der KI-gestützte Dienst hilft. Auch die KI lernt.').map((t) => t.id)).toEqual(['ki']);
    expect(topicsOf('Die Kinder in Kiel spielen. Kinder lachen.')).toEqual([]);
  });

  it('finds multiword terms across inflection', () => {
    expect(
      topicsOf('Sie nutzen Software as a Service. Auch das Rechenzentrum wird zur Cloud.').map((t) => t.id),
    ).toEqual(['cloud']);
  });
});

describe('scoring', () => {
  it('a topic named once in passing stays below the threshold', () => {
    expect(topicsOf('Nebenbei erwähnte er die Cloud.')).toEqual([]);
  });

  it('a topic discussed in several sentences is reported, with a score in 0..1', () => {
    const [topic] = topicsOf('Die Cloud kommt. Die Cloud ist sicher. Eine Cloud für alle.');
    expect(topic!.id).toBe('cloud');
    expect(topic!.score).toBeGreaterThan(0.3);
    expect(topic!.score).toBeLessThanOrEqual(1);
  });

  it('repeating a word in one sentence counts once', () => {
    expect(topicsOf('Cloud, Cloud, Cloud und nochmals Cloud.')).toEqual([]);
  });

  it('terms of another sense count against the topic', () => {
    expect(topicsOf('Die Wolke und die Cloud. Eine Wolke, eine Cloud.')).toEqual([]);
  });

  it('lists at most maxEvidence spans, the strongest first, each a slice of the text', () => {
    const text = 'Das Rechenzentrum steht. Die Cloud läuft. Die Cloud wächst. Die Cloud hält. Die Cloud lebt.';
    const [topic] = topicsOf(text);
    expect(topic!.evidence).toHaveLength(3);
    expect(topic!.evidence.every((e) => e.text === 'Cloud' && text.slice(e.start, e.end) === e.text)).toBe(true);
  });

  it('sorts topics by score and is deterministic', () => {
    const text = 'Die Cloud kommt. Die Cloud hilft. Das Sprachmodell schreibt. Die Cloud rechnet.';
    const first = JSON.stringify(withCloud.extract(text));
    expect(JSON.stringify(withCloud.extract(text))).toBe(first);
    const scores = withCloud.extract(text).topics.map((t) => t.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('runs a custom tagger list instead of the taxonomy', () => {
    const none = createExtractor({ topicTaggers: [] });
    expect(none.extract('Die Cloud kommt. Die Cloud hilft.').topics).toEqual([]);
    const mine = createExtractor({ topicTaggers: [taxonomyTagger(cloud)], recognizers: [] });
    expect(mine.extract('Die Cloud kommt. Die Cloud hilft.').topics.map((t) => t.id)).toEqual(['cloud']);
  });
});

describe('the built-in taxonomy on German text', () => {
  it('tags KI and Cloud in a short report and gives evidence', () => {
    const text =
      'Die Stadt testet einen KI-Assistenten für das Bürgeramt. Das Sprachmodell beantwortet Fragen. ' +
      'Betrieben wird es in der Deutschen Verwaltungscloud. Die Cloud-Infrastruktur stellt Dataport bereit.';
    const topics = extract(text).topics;
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['ki', 'cloud']));
    for (const topic of topics) for (const e of topic.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
