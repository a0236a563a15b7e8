// The topic stage: a taxonomy checked when loaded, terms found in inflected
// forms and inside compounds, evidence per sentence, a learnt decision whose
// score is a probability, minScore and near misses, and callers' own taxonomies.

import { describe, expect, it } from 'vitest';
import { TOPIC_FEATURES } from '../../src/topics/topic-features.js';
import { parseTopicModel } from '../../src/topics/topic-model.js';
import {
  type Taxonomy,
  createExtractor,
  extendTaxonomy,
  extract,
  builtInTaxonomy,
  germanLanguage,
  parseTaxonomy,
  taxonomyTagger,
} from '../../src/index.js';

const cloud: Taxonomy = {
  scoring: { maxEvidence: 3 },
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

describe('the decision', () => {
  const scoreOf = (text: string, id = 'cloud') => topicsOf(text).find((t) => t.id === id)?.score ?? 0;

  it('a topic discussed in several sentences is reported, with a probability in 0..1', () => {
    const [topic] = topicsOf('Die Cloud kommt. Die Cloud ist sicher. Eine Cloud für alle.');
    expect(topic!.id).toBe('cloud');
    expect(topic!.score).toBeGreaterThan(0.5);
    expect(topic!.score).toBeLessThanOrEqual(1);
  });

  it('repeating a word in one sentence counts once', () => {
    const once = withCloud.extract('Die Cloud kommt. Der Rat tagt.', undefined);
    const repeated = withCloud.extract('Die Cloud, Cloud, Cloud und nochmals Cloud kommt. Der Rat tagt.');
    expect(repeated.topics[0]!.score).toBe(once.topics[0]!.score);
  });

  it('terms of another sense count against the topic', () => {
    expect(topicsOf('Die Wolke und die Cloud. Eine Wolke, eine Cloud.')).toEqual([]);
  });

  it('more evidence never lowers the probability', () => {
    const filler = 'Der Rat tagte. Die Sitzung dauerte lang. Es gab Kaffee. Danach ging es um die Schule. ';
    const one = scoreOf(`${filler}Die Stadt plant eine Cloud.`);
    const two = scoreOf(`${filler}Die Stadt plant eine Cloud. Die Cloud soll 2026 starten.`);
    const three = scoreOf(
      `${filler}Die Stadt plant eine Cloud. Die Cloud soll 2026 starten. Das Rechenzentrum liefert die Cloud.`,
    );
    expect(two).toBeGreaterThan(one);
    expect(three).toBeGreaterThan(two);
  });

  it('lists evidence unique by text, strongest first, each with the sentence that carries it', () => {
    const text = 'Das Rechenzentrum steht. Die Cloud läuft. Die Cloud wächst. Die Cloud hält. Die Cloud lebt.';
    const [topic] = topicsOf(text);
    expect(topic!.evidence.map((e) => e.text)).toEqual(['Cloud', 'Rechenzentrum']);
    expect(topic!.evidence.map((e) => e.sentence)).toEqual([1, 0]);
    for (const e of topic!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('sorts topics by score and is deterministic', () => {
    const text = 'Die Cloud kommt. Die Cloud hilft. Das Sprachmodell schreibt. Die Cloud rechnet.';
    const first = JSON.stringify(withCloud.extract(text));
    expect(JSON.stringify(withCloud.extract(text))).toBe(first);
    const scores = withCloud.extract(text).topics.map((t) => t.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('minScore sets the probability a topic needs; topicCandidates lists the near misses', () => {
    const text = 'Die Cloud kommt. Die Cloud hilft. Das Sprachmodell schreibt. Die Cloud rechnet.';
    const all = createExtractor({ taxonomy: cloud, recognizers: [], minScore: 0 }).extract(text).topics;
    expect(all.map((t) => t.id)).toEqual(['cloud', 'ki']);
    const strict = createExtractor({ taxonomy: cloud, recognizers: [], minScore: 0.999, topicCandidates: true });
    const record = strict.extract(text);
    expect(record.topics).toEqual([]);
    expect(record.topicCandidates!.map((t) => t.id)).toEqual(['cloud', 'ki']);
    expect(withCloud.extract(text).topicCandidates).toBeUndefined();
    expect(() => createExtractor({ minScore: 2 })).toThrow(/minScore/);
    expect(() => createExtractor({ minScore: Number.NaN })).toThrow(TypeError);
  });

  it('runs a custom tagger list instead of the taxonomy', () => {
    const none = createExtractor({ topicTaggers: [] });
    expect(none.extract('Die Cloud kommt. Die Cloud hilft.').topics).toEqual([]);
    const mine = createExtractor({ topicTaggers: [taxonomyTagger(cloud)], recognizers: [] });
    expect(mine.extract('Die Cloud kommt. Die Cloud hilft.').topics.map((t) => t.id)).toEqual(['cloud']);
  });

  it('decides a topic without training data by its own terms (the shared layer of the model)', () => {
    const space = createExtractor({
      recognizers: [],
      taxonomy: extendTaxonomy(builtInTaxonomy(), {
        topics: [{ id: 'raumfahrt', label: 'Raumfahrt', terms: [{ term: 'Satellit', weight: 1 }] }],
      }),
    });
    const discussed =
      'Der Landkreis nutzt Satellitendaten für die Planung. Die Satelliten liefern jede Woche neue Bilder. ' +
      'Ein Satellit erkennt sogar überflutete Wiesen. Der Kreistag tagte am Montag. Es ging auch um die Schulen.';
    expect(space.extract(discussed).topics.map((t) => t.id)).toContain('raumfahrt');
  });
});

describe('the topic model', () => {
  it('is checked against the features this version computes', () => {
    const model = germanLanguage().topics.model;
    expect(model.features).toEqual([...TOPIC_FEATURES]);
    expect(model.minScore).toBeGreaterThan(0);
    expect(() => parseTopicModel({ ...model, features: ['mass'] })).toThrow(/features/);
    expect(() => parseTopicModel({ ...model, mean: [1] })).toThrow(/entries/);
  });
});

describe('the built-in taxonomy on German text', () => {
  const filler = [
    'Der Stadtrat tagte am Dienstag im Rathaus.',
    'Die Sitzung dauerte drei Stunden.',
    'Zu Beginn begrüßte die Vorsitzende die Gäste.',
    'Anschließend ging es um den Neubau der Grundschule.',
    'Die Fraktionen lobten die gute Vorbereitung.',
    'Die nächste Sitzung findet im Juni statt.',
  ];
  const report = (sentence: string) => [...filler.slice(0, 3), sentence, ...filler.slice(3)].join(' ');

  it('one explicit sentence carries a topic', () => {
    const sovereign = report('Die Stadt setzt bei ihrer IT künftig ausdrücklich auf digitale Souveränität.');
    expect(extract(sovereign).topics.map((t) => t.id)).toContain('souveraenitaet');
    const assistant = report('Im Bürgeramt beantwortet ein KI-Assistent auf Basis eines Sprachmodells die Fragen.');
    expect(extract(assistant).topics.map((t) => t.id)).toContain('ki');
  });

  it('a topic named once in passing in a report about another stays out', () => {
    const text =
      'Die Stadt Musterstadt führt einen KI-Assistenten im Bürgeramt ein. Das Sprachmodell beantwortet Fragen zu ' +
      'Öffnungszeiten und Unterlagen. Die KI lernt aus den häufigsten Anfragen der letzten Jahre. Beschäftigte prüfen ' +
      'jede Antwort des Chatbots, bevor sie verschickt wird. Der Chatbot soll im Mai starten, sagte die ' +
      'Bürgermeisterin, der Datenschutz sei geklärt. Die Stadt will mit der KI auch Wartezeiten am Telefon verkürzen.';
    expect(extract(text).topics.map((t) => t.id)).toEqual(['ki']);
  });

  it('lists evidence once per text: the same word twice is one span', () => {
    const text = report(
      'Das Onlinezugangsgesetz verpflichtet Bund und Länder; das Onlinezugangsgesetz gilt seit 2017, und das OZG wird nun novelliert.',
    );
    const ozg = extract(text).topics.find((t) => t.id === 'ozg')!;
    const texts = ozg.evidence.map((e) => e.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    expect(ozg.evidence.every((e) => e.sentence === 3)).toBe(true);
  });

  it('shows evidence outside names before evidence of equal weight inside one', () => {
    const text =
      'Rückblick auf das 3. KI-Forum Öffentliche Verwaltung in Leipzig. Die Stadt setzt einen KI-Assistenten ' +
      'im Bürgeramt ein. Das Sprachmodell beantwortet Fragen.';
    const ki = extract(text).topics.find((t) => t.id === 'ki')!;
    expect(ki.evidence.map((e) => e.text)).toEqual(['KI-Assistenten', 'Sprachmodell', 'KI-Forum']);
  });

  it('tags KI and Cloud in a short report and gives evidence', () => {
    const text =
      'Die Stadt testet einen KI-Assistenten für das Bürgeramt. Das Sprachmodell beantwortet Fragen. ' +
      'Betrieben wird es in der Deutschen Verwaltungscloud. Die Cloud-Infrastruktur stellt Dataport bereit.';
    const topics = extract(text).topics;
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['ki', 'cloud']));
    for (const topic of topics) for (const e of topic.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
