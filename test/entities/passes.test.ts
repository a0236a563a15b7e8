// The mention passes (src/entities/passes/), in the order the pipeline runs
// them: each returns new mentions, leaves its input alone, and a mention a pass
// adds or relabels says why in its source.

import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/index.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import { defaultRecognizers } from '../../src/entities/patterns/default-recognizers.js';
import { addBracketedAffiliations } from '../../src/entities/passes/bracketed-affiliations.js';
import { defineBracketedShortForms } from '../../src/entities/passes/bracketed-short-forms.js';
import {
  extendEventSubtitles,
  extendEventYears,
  extendOrganisationPlaces,
  extendOrganisationTails,
  extendVersions,
} from '../../src/entities/passes/extend-spans.js';
import { relabelListedSurnames } from '../../src/entities/passes/listed-surnames.js';
import { addContextPlaces } from '../../src/entities/passes/context-places.js';
import { attachPlaceAffixes, attachPlaceQualifiers } from '../../src/entities/passes/place-qualifiers.js';
import { linkRecurringNames } from '../../src/entities/passes/recurring-names.js';
import { repeatDocumentNames } from '../../src/entities/passes/repeated-names.js';
import { recognizeEntities } from '../../src/entities/resolve.js';
import type { AnalysedText } from '../../src/text/analysed-text.js';
import { analyse, corpusDocuments } from '../helpers.js';

const lexicon = germanLanguage().entities;
type Pass = (doc: AnalysedText, mentions: EntityMention[]) => EntityMention[];
const PASSES: [string, Pass][] = [
  ['extendVersions', extendVersions],
  ['extendEventYears', extendEventYears],
  ['extendEventSubtitles', (doc, mentions) => extendEventSubtitles(doc, mentions, lexicon)],
  ['extendOrganisationTails', (doc, mentions) => extendOrganisationTails(doc, mentions, lexicon)],
  ['extendOrganisationPlaces', (doc, mentions) => extendOrganisationPlaces(doc, mentions, lexicon)],
  ['addBracketedAffiliations', (doc, mentions) => addBracketedAffiliations(doc, mentions, lexicon)],
  ['defineBracketedShortForms', (doc, mentions) => defineBracketedShortForms(doc, mentions, lexicon)],
  ['attachPlaceQualifiers', (doc, mentions) => attachPlaceQualifiers(doc, mentions, lexicon)],
  ['attachPlaceAffixes', (doc, mentions) => attachPlaceAffixes(doc, mentions, lexicon)],
  ['relabelListedSurnames', relabelListedSurnames],
  ['addContextPlaces', (doc, mentions) => addContextPlaces(doc, mentions, lexicon)],
  ['linkRecurringNames', (doc, mentions) => linkRecurringNames(doc, mentions, lexicon)],
  ['repeatDocumentNames', (doc, mentions) => repeatDocumentNames(doc, mentions, lexicon)],
];

/** The mentions of `text` after the resolver and after each pass, the passes' inputs frozen. */
function passByPass(text: string): Map<string, EntityMention[]> {
  const doc = analyse(text);
  let mentions = recognizeEntities(doc, defaultRecognizers(), [], lexicon);
  const after = new Map<string, EntityMention[]>([['resolve', mentions]]);
  for (const [name, pass] of PASSES) {
    for (const mention of mentions) Object.freeze(mention);
    const before = JSON.stringify(mentions);
    mentions = pass(doc, Object.freeze(mentions) as EntityMention[]);
    expect(JSON.stringify(after.get([...after.keys()].at(-1)!)), `${name} changed its input`).toBe(before);
    after.set(name, mentions);
  }
  return after;
}

/** A mention as a recogniser would give it, at the first occurrence of `text`. */
function handMade(doc: AnalysedText, text: string, type: EntityMention['type'], canonical = text): EntityMention {
  const start = doc.text.indexOf(text);
  return { text, type, start, end: start + text.length, canonical, sentence: 0, source: 'test', confidence: 0.9 };
}

const last = (steps: Map<string, EntityMention[]>) => [...steps.values()].at(-1)!;
const describeMentions = (mentions: EntityMention[]) =>
  mentions.map((m) => `${m.type} ${m.text} → ${m.canonical} (${m.source})`);

describe('the mention passes', () => {
  it('leave their input alone on every corpus report (frozen mentions, unchanged JSON)', () => {
    for (const { text } of corpusDocuments()) expect(() => passByPass(text)).not.toThrow();
  });

  it('extend a law or product by its version, an event by its year, an organisation by a company word', () => {
    const doc = analyse('Die Muster-Norm 2.0 gilt. Das Fachforum Nord 2025 tagt. Die Firma Dataport Consulting berät.');
    const mentions = [
      handMade(doc, 'Muster-Norm', 'LAW'),
      handMade(doc, 'Fachforum Nord', 'EVENT'),
      handMade(doc, 'Dataport', 'ORG', 'Dataport AöR'),
    ];
    expect(describeMentions(extendVersions(doc, mentions))[0]).toBe(
      'LAW Muster-Norm 2.0 → Muster-Norm 2.0 (test+context:version)',
    );
    expect(describeMentions(extendEventYears(doc, mentions))[1]).toBe(
      'EVENT Fachforum Nord 2025 → Fachforum Nord 2025 (test+context:edition)',
    );
    expect(describeMentions(extendOrganisationTails(doc, mentions, lexicon))[2]).toBe(
      'ORG Dataport Consulting → Dataport AöR (test+context:organisation-tail)',
    );
  });

  it("take an event's subtitle inside a sentence up to its closing particle, not a headline's", () => {
    const events = (text: string) => describeMentions(last(passByPass(text))).filter((m) => m.startsWith('EVENT'));
    expect(events('Im Mai findet der 3. Quellbacher Digitaltag: Vom Antrag bis zum Bescheid statt.')).toEqual([
      expect.stringMatching(
        /^EVENT 3\. Quellbacher Digitaltag: Vom Antrag bis zum Bescheid → .*context:event-subtitle\)$/,
      ),
    ]);
    expect(events('Quellbacher Digitaltag 2026: Daten für die Stadt von morgen\nText folgt.')).toEqual([
      expect.stringMatching(/^EVENT Digitaltag 2026 → Digitaltag 2026 \(pattern:event\)$/),
    ]);
  });

  it('add the organisations in brackets after a person as context:affiliation', () => {
    const doc = analyse('Es sprach Kerstin Krüger (Musterwerk und Beispielhaus) über Cloud.');
    const [, ...added] = addBracketedAffiliations(doc, [handMade(doc, 'Kerstin Krüger', 'PER')], lexicon);
    expect(describeMentions(added)).toEqual([
      'ORG Musterwerk → Musterwerk (context:affiliation)',
      'ORG Beispielhaus → Beispielhaus (context:affiliation)',
    ]);
  });

  it('define a bracketed short form as context:definition and link its later uses', () => {
    const steps = passByPass(
      'Das Kompetenzzentrum Digitale Zusammenarbeit (KDZ) startet. Später berichtete das KDZ über Erfolge.',
    );
    const definition = 'ORG KDZ → Kompetenzzentrum Digitale Zusammenarbeit (context:definition)';
    expect(describeMentions(steps.get('defineBracketedShortForms')!).filter((m) => m === definition)).toHaveLength(1);
    expect(describeMentions(last(steps)).filter((m) => m === definition)).toHaveLength(2);
  });

  it('take a river in brackets into the place it qualifies, and drop the river', () => {
    const steps = passByPass('Die Gemeinde liegt bei Werder (Havel) am Wasser.');
    expect(describeMentions(steps.get('linkRecurringNames')!)).toEqual([
      'LOC Werder (Havel) → Werder (Havel) (gazetteer:places-geonames+context:place-qualifier)',
    ]);
  });

  it('take a river after `an der` into the place or administration before it, and drop the river', () => {
    expect(describeMentions(last(passByPass('Das Büro in Vilshofen an der Donau öffnet.')))).toEqual([
      'LOC Vilshofen an der Donau → Vilshofen an der Donau (gazetteer:places-geonames+context:place-affix)',
    ]);
    expect(describeMentions(last(passByPass('Die Stadt Ingolstadt an der Donau lädt ein.')))).toEqual([
      expect.stringMatching(/^ORG Stadt Ingolstadt an der Donau → .*context:place-affix\)$/),
    ]);
    expect(
      describeMentions(last(passByPass('Wir treffen uns in Berlin am Montag an der Spree.'))).map(
        (m) => m.split(' →')[0],
      ),
    ).toEqual(['LOC Berlin', 'LOC Spree']);
  });

  it('give a person the name the text introduced: a listed place relabelled, a recurring surname added', () => {
    const steps = passByPass('Dr. Jan Kassel eröffnete. Kassel lobte die Arbeit. Dr. Marco Kuhn dankte Kuhns Team.');
    expect(describeMentions(steps.get('attachPlaceQualifiers')!)).toContain('LOC Kassel → Kassel (gazetteer:places)');
    expect(describeMentions(steps.get('relabelListedSurnames')!)).toContain(
      'PER Kassel → Jan Kassel (context:surname)',
    );
    expect(describeMentions(last(steps))).toContain('PER Kuhns → Marco Kuhn (context:surname)');
  });

  it('take a fuller first name that a known surname vouches for as the canonical name', () => {
    const steps = passByPass('Die Konferenz begann mit W. Buffet. Später kam Warren Buffet.');
    expect(describeMentions(last(steps))).toEqual([
      'PER W. Buffet → Warren Buffet (pattern:person+context:surname)',
      'PER Warren Buffet → Warren Buffet (context:surname)',
    ]);
    // A speech verb vouches for the fuller name by itself; the initial's person still takes it.
    const spoken = passByPass('Die Konferenz begann mit W. Buffet. Später sprach Warren Buffet.');
    expect(describeMentions(last(spoken))).toEqual([
      'PER W. Buffet → Warren Buffet (pattern:person+context:surname)',
      'PER Warren Buffet → Warren Buffet (pattern:person)',
    ]);
  });

  it('find a name wherever the document repeats it, as context:repeat', () => {
    const steps = passByPass('Die Stadt testet die App „Wartefix“. Wartefix schickt eine SMS, sobald man dran ist.');
    expect(describeMentions(steps.get('repeatDocumentNames')!)).toEqual([
      'PRODUCT Wartefix → Wartefix (pattern:quoted)',
      'PRODUCT Wartefix → Wartefix (context:repeat)',
    ]);
  });

  it('find the short forms of a company, an association and an event series, as context:short-form', () => {
    const doc = analyse(
      'Die Beispielwerk Systems GmbH baut. Beispielwerk Systems liefert. Der Deutsche Landkreistag lobt, der ' +
        'Landkreistag zahlt. Das 3. Digitalforum Pannonia war voll; das Digitalforum Pannonia kommt wieder.',
    );
    const mentions = [
      handMade(doc, 'Beispielwerk Systems GmbH', 'ORG'),
      handMade(doc, 'Deutsche Landkreistag', 'ORG', 'Deutscher Landkreistag'),
      handMade(doc, '3. Digitalforum Pannonia', 'EVENT'),
    ];
    expect(
      describeMentions(repeatDocumentNames(doc, mentions, lexicon)).filter((m) => m.includes('short-form')),
    ).toEqual([
      'ORG Beispielwerk Systems → Beispielwerk Systems GmbH (context:short-form)',
      'ORG Landkreistag → Deutscher Landkreistag (context:short-form)',
      'EVENT Digitalforum Pannonia → Digitalforum Pannonia (context:short-form)',
    ]);
  });

  it('find an organisation by its initials where the document uses them undefined, as context:short-form', () => {
    const doc = analyse(
      'Das Bundesamt für Informatik und Telekommunikation baut. Das BIT liefert. Die Beispiel Knowledge Foundation ' +
        'Deutschland lobt, die BKF zahlt.',
    );
    const mentions = [
      handMade(doc, 'Bundesamt für Informatik und Telekommunikation', 'ORG'),
      handMade(doc, 'Beispiel Knowledge Foundation Deutschland', 'ORG'),
    ];
    expect(
      describeMentions(repeatDocumentNames(doc, mentions, lexicon)).filter((m) => m.includes('short-form')),
    ).toEqual([
      'ORG BIT → Bundesamt für Informatik und Telekommunikation (context:short-form)',
      'ORG BKF → Beispiel Knowledge Foundation Deutschland (context:short-form)',
    ]);
  });

  it('leave a repeated name alone where it is part of a longer one, or found with two types', () => {
    const doc = analyse('Der Deutsche Städtetag tagt. Der Städtetag Digital 2026 folgt. Der Kärntner Städtetag auch.');
    const mentions = [handMade(doc, 'Deutsche Städtetag', 'ORG', 'Deutscher Städtetag')];
    expect(repeatDocumentNames(doc, mentions, lexicon)).toEqual(mentions);
  });

  it("find unlisted places by their context, and the document's other mentions of them", () => {
    const places = (text: string) =>
      describeMentions(last(passByPass(text))).filter((m) => m.startsWith('LOC') && m.includes('context:'));
    expect(places('Die Gemeinden Quellhausen, Brakmoor und Tiefensiel stimmen zu. Quellhausen zahlt.')).toEqual([
      'LOC Quellhausen → Quellhausen (context:place-noun)',
      'LOC Brakmoor → Brakmoor (context:place-list)',
      'LOC Tiefensiel → Tiefensiel (context:place-list)',
      'LOC Quellhausen → Quellhausen (context:repeat)',
    ]);
    expect(places('Graz und Velmsdorf prüfen einen Einstieg.')).toEqual([
      'LOC Velmsdorf → Velmsdorf (context:place-list)',
    ]);
    expect(places('Eine Gemeinde im Kornelgau hat keine eigene Datenabteilung.')).toEqual([
      'LOC Kornelgau → Kornelgau (context:region)',
    ]);
    expect(places('Der Pilotbetrieb läuft in Urbeck und Sallingen seit Jänner.')).toEqual([
      'LOC Urbeck → Urbeck (context:place-pair)',
      'LOC Sallingen → Sallingen (context:place-list)',
    ]);
    expect(places('Stadt Werlsfeld · Mitteilung\nWerlsfeld, 3. Juli 2025 Neue Arbeitswelten.')).toContain(
      'LOC Werlsfeld → Werlsfeld (context:dateline)',
    );
    expect(places('Die Städte Bern, Quell/Velms und Thun tauschen sich aus.')).toContain(
      'LOC Quell/Velms → Quell/Velms (context:place-list)',
    );
  });

  it('take no common noun, portal or name going on for an unlisted place', () => {
    const places = (text: string) =>
      describeMentions(last(passByPass(text))).filter((m) => m.includes('context:place') || m.includes('region'));
    expect(places('Die Daten stehen im Bürgerportal und im Kundenportal.')).toEqual([]);
    expect(places('Es tagten Berlin, Hamburg und Ratssaal nicht.')).toEqual([]);
    expect(places('Sie sprach in Berlin und Quellhausen Meyer an.')).toEqual([]);
    expect(places('Termine gibt es in Planung und Umsetzung.')).toEqual([]);
  });
});
