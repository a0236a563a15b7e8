// Laws (LAW), events (EVENT), products (PRODUCT) and places (LOC).
// ANNOTATION.md: a name inside a hyphenated compound that names something
// else is no entity (`OZG-Umsetzung`, `EfA-Prinzip`); a common noun is no
// entity (`ein Chatbot`).

import { describe, expect, it } from 'vitest';
import { type EntityMention, type EntityType, extract } from '../../src/index.js';

const ofType = (type: EntityType, text: string): EntityMention[] =>
  extract(text).entities.filter((e) => e.type === type);
const all = (text: string): [string, string][] => extract(text).entities.map((e) => [e.type, e.text]);
const named = (type: EntityType, text: string): [string, string][] =>
  ofType(type, text).map((e) => [e.text, e.canonical]);

describe('laws', () => {
  it('„Onlinezugangsgesetz“, „OZG“ and „des Onlinezugangsgesetzes“ share one canonical', () => {
    const text =
      'Das Onlinezugangsgesetz (OZG) gilt seit 2017. Die Ziele des Onlinezugangsgesetzes sind hoch, das OZG wirkt.';
    expect(named('LAW', text)).toEqual([
      ['Onlinezugangsgesetz', 'Onlinezugangsgesetz'],
      ['OZG', 'Onlinezugangsgesetz'],
      ['Onlinezugangsgesetzes', 'Onlinezugangsgesetz'],
      ['OZG', 'Onlinezugangsgesetz'],
    ]);
  });

  it('„OZG 2.0“ is one LAW span, the version inside', () => {
    const text = 'Mit dem OZG 2.0 kommt der Rechtsanspruch.';
    expect(ofType('LAW', text)).toEqual([
      expect.objectContaining({ text: 'OZG 2.0', start: 8, end: 15, canonical: 'OZG-Änderungsgesetz' }),
    ]);
  });

  it('„Beispielverordnung 2.0“: a version number after an unlisted law joins it too', () => {
    expect(named('LAW', 'Die Beispielverordnung 2.0 tritt in Kraft.')).toEqual([
      ['Beispielverordnung 2.0', 'Beispielverordnung 2.0'],
    ]);
  });

  it.each(['Die OZG-Umsetzung stockt.', 'Das EfA-Prinzip spart Geld.', 'Die EfA-/OZG-Umsetzung stockt.'])(
    '„%s“: a law inside a compound that names something else is no entity',
    (text) => {
      expect(extract(text).entities).toEqual([]);
    },
  );

  it('„Einer für Alle (EfA)“ and a later „EfA“: one LAW', () => {
    const text = 'Nach dem Prinzip Einer für Alle (EfA) teilen Länder Dienste. EfA spart Geld.';
    expect(named('LAW', text)).toEqual([
      ['Einer für Alle', 'Einer für Alle'],
      ['EfA', 'Einer für Alle'],
      ['EfA', 'Einer für Alle'],
    ]);
  });

  it('„Datenschutz-Grundverordnung (DSGVO)“: long form and abbreviation', () => {
    const text = 'Die Datenschutz-Grundverordnung (DSGVO) gilt. Die DSGVO schützt Daten.';
    expect(new Set(ofType('LAW', text).map((e) => e.canonical)).size).toBe(1);
    expect(ofType('LAW', text).map((e) => e.text)).toEqual(['Datenschutz-Grundverordnung', 'DSGVO', 'DSGVO']);
  });

  it('„Beispielgesetz“ (in no list) and its genitive „des Beispielgesetzes“', () => {
    const text = 'Das Beispielgesetz regelt vieles. Die Ziele des Beispielgesetzes sind klar.';
    expect(ofType('LAW', text).map((e) => [e.text, e.canonical, e.source])).toEqual([
      ['Beispielgesetz', 'Beispielgesetz', 'pattern:law'],
      ['Beispielgesetzes', 'Beispielgesetz', 'pattern:law'],
    ]);
  });

  it('„Beispielgesetz NRW“: a Land after the law belongs to it', () => {
    expect(ofType('LAW', 'Das Beispielgesetz NRW gilt ab Mai.').map((e) => e.text)).toEqual(['Beispielgesetz NRW']);
  });

  it('„das Gesetz“, „die Verordnung“: the bare law words are no names', () => {
    expect(extract('Das Gesetz und die Verordnung gelten. Ein Bundesgesetz fehlt.').entities).toEqual([]);
  });

  it('„BeispG“, „Beispiel-VO“: mixed-case law abbreviations', () => {
    expect(all('Das BeispG und die Beispiel-VO gelten.')).toEqual([
      ['LAW', 'BeispG'],
      ['LAW', 'Beispiel-VO'],
    ]);
  });
});

describe('events', () => {
  it('„24. ÖV-Symposium NRW“: ordinal and Land inside the span', () => {
    const text = 'Das 24. ÖV-Symposium NRW fand in Dortmund statt.';
    expect(ofType('EVENT', text)).toEqual([expect.objectContaining({ text: '24. ÖV-Symposium NRW', start: 4 })]);
  });

  it('„3. Beispielforum Harz“, „Fachtag Eifel 2025“: a place after the head joins when an ordinal or a year marks the name', () => {
    expect(all('Das 3. Beispielforum Harz tagte, und zum Fachtag Eifel 2025 kamen viele.')).toEqual([
      ['EVENT', '3. Beispielforum Harz'],
      ['EVENT', 'Fachtag Eifel 2025'],
    ]);
    expect(all('Das KI-Forum Leipzig lud ein.')).toContainEqual(['LOC', 'Leipzig']);
  });

  it('„2. Zürcher eID-Apéro“, „Kärntner Schul-Digitaltag 2025“: Swiss and Austrian adjectives, a lower-case prefix, a closed compound after a hyphen', () => {
    expect(all('Nach dem 2. Zürcher eID-Apéro kam der Kärntner Schul-Digitaltag 2025.')).toEqual([
      ['EVENT', '2. Zürcher eID-Apéro'],
      ['EVENT', 'Kärntner Schul-Digitaltag 2025'],
    ]);
    expect(all('Der eGov-Ausschuss tagte, der Schul-Digitaltag fiel aus.')).toEqual([]);
  });

  it('„Forum Digitaler Aufbruch 2023“: adjective, noun and year inside the span', () => {
    expect(ofType('EVENT', 'Das Forum Digitaler Aufbruch 2023 war voll.').map((e) => e.text)).toEqual([
      'Forum Digitaler Aufbruch 2023',
    ]);
  });

  it('„Digitaler Aufbruch“: the short name of a listed event', () => {
    expect(named('EVENT', 'Digitaler Aufbruch heißt das Format.')).toEqual([
      ['Digitaler Aufbruch', 'Forum Digitaler Aufbruch'],
    ]);
  });

  it('„beim Digitalen Aufbruch“, „des Digitalen Aufbruchs“: inflected forms of a listed name', () => {
    const text = 'Wir trafen uns beim Digitalen Aufbruch. Die Ziele des Digitalen Aufbruchs sind klar.';
    expect(ofType('EVENT', text).map((e) => [e.text, e.canonical, e.source])).toEqual([
      ['Digitalen Aufbruch', 'Forum Digitaler Aufbruch', 'gazetteer:events'],
      ['Digitalen Aufbruchs', 'Forum Digitaler Aufbruch', 'gazetteer:events'],
    ]);
  });

  it('„KI-Forum“, „Beispiel-Kongress“: an event noun ending a hyphenated compound', () => {
    expect(all('Beim KI-Forum sprach sie, beim Beispiel-Kongress er.')).toEqual([
      ['EVENT', 'KI-Forum'],
      ['EVENT', 'Beispiel-Kongress'],
    ]);
  });

  it('„Beispielkongress“: a closed compound on an event noun', () => {
    expect(all('Der Beispielkongress war voll.')).toEqual([['EVENT', 'Beispielkongress']]);
  });

  it('„Der Zukunftskongress war voll.“: like `Beispielkongress`', () => {
    expect(all('Der Zukunftskongress war voll.')).toEqual([['EVENT', 'Zukunftskongress']]);
  });

  it('„3. Fachkongress „Digitale Verwaltung““: ordinal, event noun and quoted title are one EVENT', () => {
    const text = 'Der 3. Fachkongress „Digitale Verwaltung“ beginnt.';
    expect(extract(text).entities).toEqual([
      expect.objectContaining({ type: 'EVENT', text: '3. Fachkongress „Digitale Verwaltung“', start: 4, end: 41 }),
    ]);
  });

  it('„Fachtag 2024“ is an event, „der Fachtag“ alone is not', () => {
    expect(all('Der Fachtag war kurz. Der Fachtag 2024 war lang.')).toEqual([['EVENT', 'Fachtag 2024']]);
  });

  it.each(['Die Online-Konferenz war kurz.', 'Die Video-Konferenz fiel aus.', 'Das Forum war voll.'])(
    '„%s“: no event',
    (text) => {
      expect(ofType('EVENT', text)).toEqual([]);
    },
  );
});

describe('products', () => {
  it('„XRechnung, ELSTER und BundID“: from the product list', () => {
    expect(ofType('PRODUCT', 'XRechnung, ELSTER und BundID sind Standard.').map((e) => [e.text, e.source])).toEqual([
      ['XRechnung', 'gazetteer:products'],
      ['ELSTER', 'gazetteer:products'],
      ['BundID', 'gazetteer:products'],
    ]);
  });

  it('„Kommunalportal NRW“, „Beteiligungsplattform Hessen“: a product compound qualified by a Land', () => {
    expect(all('Das Kommunalportal NRW und die Beteiligungsplattform Hessen starten.')).toEqual([
      ['PRODUCT', 'Kommunalportal NRW'],
      ['PRODUCT', 'Beteiligungsplattform Hessen'],
    ]);
    expect(all('Das Kommunalportal ist neu.')).toEqual([]);
  });

  it('„Servicekonto.NRW“ and „Chatbot Guido“: the product noun is inside the span', () => {
    expect(all('Das Servicekonto.NRW und der Chatbot Guido helfen.')).toEqual([
      ['PRODUCT', 'Servicekonto.NRW'],
      ['PRODUCT', 'Chatbot Guido'],
    ]);
  });

  it('„Fischereiportal.NRW“, „Vereinsregister.SH“, „Chatbot Lotta“ (in no list): by their shape', () => {
    const found = ofType('PRODUCT', 'Das Fischereiportal.NRW, das Vereinsregister.SH und der Chatbot Lotta starten.');
    expect(found.map((e) => [e.text, e.source])).toEqual([
      ['Fischereiportal.NRW', 'pattern:product'],
      ['Vereinsregister.SH', 'pattern:product'],
      ['Chatbot Lotta', 'pattern:product'],
    ]);
  });

  it('„das Portal Amtsfix“, „den Textassistenten LOTSE“, „das Finanzverfahren OK.KASSE“: the name after the noun is the span', () => {
    const found = ofType(
      'PRODUCT',
      'Sie melden sich über das Portal Amtsfix an, fragen den Textassistenten LOTSE und buchen im Finanzverfahren OK.KASSE.',
    );
    expect(found.map((e) => [e.text, e.source])).toEqual([
      ['Amtsfix', 'pattern:product'],
      ['LOTSE', 'pattern:product'],
      ['OK.KASSE', 'pattern:product'],
    ]);
  });

  it('no product after the noun: a common word, a department, two capitalised words', () => {
    expect(
      ofType('PRODUCT', 'Das Portal Verwaltung wächst. Der Fachdienst Quellbach hilft. Die App Digitale Schule.'),
    ).toEqual([]);
  });

  it('„die Plattform OpenStack“, „das Netzwerk Peppol“: a listed product after a head noun is named by itself', () => {
    expect(all('Die Plattform OpenStack und das Netzwerk Peppol wachsen.')).toEqual([
      ['PRODUCT', 'OpenStack'],
      ['PRODUCT', 'Peppol'],
    ]);
  });

  it('national e-government services and bodies of Austria and Switzerland come from the lists', () => {
    expect(
      all(
        'Mit ID Austria und swiyu melden sich Bürger an; der Österreichische Gemeindebund und die Bundeskanzlei beraten.',
      ),
    ).toEqual([
      ['PRODUCT', 'ID Austria'],
      ['PRODUCT', 'swiyu'],
      ['ORG', 'Österreichische Gemeindebund'],
      ['ORG', 'Bundeskanzlei'],
    ]);
  });

  it('„ein Chatbot“, „die Cloud“: common nouns are no products', () => {
    expect(extract('Ein Chatbot hilft. Die Cloud wächst.').entities).toEqual([]);
  });

  it('„über ELSTER“ is the product, „eine Elster“ the bird is nothing', () => {
    expect(all('Die Steuererklärung geht über ELSTER. Eine Elster saß auf dem Dach.')).toEqual([['PRODUCT', 'ELSTER']]);
    expect(all('Die Elster baut ein Nest.')).toEqual([]);
  });
});

describe('places', () => {
  it('„in Düsseldorf, mitten in Deutschland“', () => {
    expect(named('LOC', 'Die Tagung fand in Düsseldorf statt, mitten in Deutschland.')).toEqual([
      ['Düsseldorf', 'Düsseldorf'],
      ['Deutschland', 'Deutschland'],
    ]);
  });

  it('„Bundesrepublik Deutschland“ names Deutschland; „Congress Center Düsseldorf“ is one venue', () => {
    expect(named('LOC', 'Wir trafen uns im Congress Center Düsseldorf in der Bundesrepublik Deutschland.')).toEqual([
      ['Congress Center Düsseldorf', 'Congress Center Düsseldorf'],
      ['Bundesrepublik Deutschland', 'Deutschland'],
    ]);
  });

  it('„in Essen“ is the city, „wir essen“ is a verb', () => {
    expect(all('Die Messe in Essen war groß.')).toEqual([['LOC', 'Essen']]);
    expect(all('Wir essen gern zusammen.')).toEqual([]);
  });

  it('„Das Essen war gut.“: a listed place that is an everyday word counts only after a context word', () => {
    expect(all('Das Essen war gut.')).toEqual([]);
    expect(all('Wir fahren nach Essen.')).toEqual([['LOC', 'Essen']]);
    expect(ofType('LOC', 'Das Essen in Essen war gut.')).toEqual([
      expect.objectContaining({ text: 'Essen', start: 13 }),
    ]);
  });

  it('„Kieler“ is no LOC `Kiel`, „Wesen“ no LOC `Weser`: a bare place name takes no adjective ending', () => {
    expect(all('Die Kieler Verwaltung arbeitet.')).toEqual([]);
    expect(all('Das Wesen der Verwaltung ist Ordnung.')).toEqual([]);
    expect(all('Wir fahren nach Kiel, an die Weser.')).toEqual([
      ['LOC', 'Kiel'],
      ['LOC', 'Weser'],
    ]);
  });

  it('„am Hamburger Hafen“, „im Deutschen Museum“: a place adjective before a venue noun is a place', () => {
    expect(ofType('LOC', 'Wir trafen uns am Hamburger Hafen.')).toEqual([
      expect.objectContaining({
        text: 'Hamburger Hafen',
        start: 18,
        canonical: 'Hamburger Hafen',
        source: 'pattern:place',
      }),
    ]);
    expect(all('Die Ausstellung im Deutschen Museum war voll.')).toEqual([['LOC', 'Deutschen Museum']]);
    expect(all('Der Kölner Dom ist alt.')).toEqual([['LOC', 'Kölner Dom']]);
  });

  it('„im Congress Center Düsseldorf“, „in der Kongresshalle Gießen“: a venue noun before a known place', () => {
    expect(named('LOC', 'Wir trafen uns im Congress Center Düsseldorf.')).toEqual([
      ['Congress Center Düsseldorf', 'Congress Center Düsseldorf'],
    ]);
    // Not in any list: found by its shape, one span without a LOC `Gießen` inside.
    expect(ofType('LOC', 'Die Tagung fand in der Kongresshalle Gießen statt.').map((e) => [e.text, e.source])).toEqual([
      ['Kongresshalle Gießen', 'pattern:place'],
    ]);
  });

  // Found by these tests: the pattern's canonical keeps the inflected adjective
  // (`Deutschen Museum`, `Deutsche Museum`), so one museum has three canonicals.
  it.todo(
    '„im Deutschen Museum“, „das Deutsche Museum“ → canonical `Deutsches Museum` (code: `Deutschen Museum`, `Deutsche Museum`)',
  );

  it('„im Kongresszentrum Leipzig“: a venue before a place is a place, not an organisation', () => {
    expect(
      extract('Die Tagung fand im Kongresszentrum Leipzig statt.').entities.map((e) => [e.text, e.type, e.source]),
    ).toEqual([['Kongresszentrum Leipzig', 'LOC', 'pattern:place']]);
  });

  it('„Internationale Flughafen sind groß.“: an adjective of a level, not a place, makes no venue', () => {
    expect(extract('Internationale Flughafen sind groß.').entities).toEqual([]);
  });
});

describe('laws of a Land, coordinated law names, event editions', () => {
  it('„des Sächsischen Besoldungsgesetzes“: the Land adjective is in the span, the canonical in the nominative', () => {
    expect(named('LAW', 'Nach den Regeln des Sächsischen Besoldungsgesetzes gibt es Zulagen.')).toEqual([
      ['Sächsischen Besoldungsgesetzes', 'Sächsisches Besoldungsgesetz'],
    ]);
  });

  it('„Hessische Gemeindeordnung“ is a law only with the adjective; „Tagesordnung“ and „Gemeindeordnung“ alone are none', () => {
    expect(named('LAW', 'Die Hessische Gemeindeordnung regelt das. Die Tagesordnung folgt.')).toEqual([
      ['Hessische Gemeindeordnung', 'Hessische Gemeindeordnung'],
    ]);
    expect(ofType('LAW', 'Die Gemeindeordnung und die Tagesordnung.')).toEqual([]);
  });

  it('„Bau- und Planungsgesetz“: a truncated compound joined by „und“ is one law', () => {
    expect(named('LAW', 'Das Brandenburgische Bau- und Planungsgesetzes wurde geändert.')).toEqual([
      ['Brandenburgische Bau- und Planungsgesetzes', 'Brandenburgisches Bau- und Planungsgesetz'],
    ]);
  });

  it('„Thüringer“ does not inflect', () => {
    expect(named('LAW', 'Das Thüringer Beispielgesetz gilt.')).toEqual([
      ['Thüringer Beispielgesetz', 'Thüringer Beispielgesetz'],
    ]);
  });

  it('a year after a listed event names its edition', () => {
    expect(named('EVENT', 'Auf der Smart Country Convention 2027 in Berlin.')).toEqual([
      ['Smart Country Convention 2027', 'Smart Country Convention 2027'],
    ]);
  });
});

describe('the year and the state of a law', () => {
  it('a year after a law is part of its name; a state after it closes it', () => {
    expect(all('Nach dem Bundesvergabegesetz 2018 wird vergeben.').map(([, t]) => t)).toContain(
      'Bundesvergabegesetz 2018',
    );
    expect(all('Das Gemeindegesetz des Kantons Bern gilt.')).toEqual([['LAW', 'Gemeindegesetz des Kantons Bern']]);
    expect(all('Das Datenschutzgesetz für das Land Mecklenburg-Vorpommern gilt.')).toEqual([
      ['LAW', 'Datenschutzgesetz für das Land Mecklenburg-Vorpommern'],
    ]);
  });

  it('no state after a law: a city owns no law by name; a year in a clause stays outside', () => {
    expect(all('Das Gemeindegesetz der Stadt Köln gilt.')).toEqual([
      ['LAW', 'Gemeindegesetz'],
      ['ORG', 'Stadt Köln'],
    ]);
    expect(all('Das OZG wurde 2017 beschlossen.')).toEqual([['LAW', 'OZG']]);
  });
});

describe('places joined by a hyphen', () => {
  it('Austrian Länder and Swiss cantons are places; „Kanton St. Gallen“ and „Amt der Tiroler Landesregierung“ are administrations', () => {
    expect(
      all(
        'Partner aus Vorarlberg, Thurgau und Graubünden trafen den Kanton St. Gallen und das Amt der Tiroler Landesregierung.',
      ),
    ).toEqual([
      ['LOC', 'Vorarlberg'],
      ['LOC', 'Thurgau'],
      ['LOC', 'Graubünden'],
      ['ORG', 'Kanton St. Gallen'],
      ['ORG', 'Amt der Tiroler Landesregierung'],
    ]);
  });

  it('a place that is also a name counts in a list after a known place, not before a capitalised word', () => {
    expect(
      ofType('LOC', 'Die Standorte Marienberg, Stollberg und Annaberg-Buchholz bleiben.').map((e) => e.text),
    ).toEqual(['Marienberg', 'Stollberg', 'Annaberg-Buchholz']);
    expect(ofType('LOC', 'Stollberg sagte das zu.')).toEqual([]);
    expect(all('Sie sprach in Kiel und Heide Simonis hörte zu.')).toEqual([
      ['LOC', 'Kiel'],
      ['PER', 'Heide Simonis'],
    ]);
  });

  it('„Oberwiesenthal“ names the GeoNames place „Kurort Oberwiesenthal“', () => {
    expect(named('LOC', 'Die Loipe bei Oberwiesenthal ist gespurt.')).toEqual([
      ['Oberwiesenthal', 'Kurort Oberwiesenthal'],
    ]);
  });

  it('„in Berlin-Wedding“: a city and an unlisted district after a preposition; not a country or Land before a noun', () => {
    expect(ofType('LOC', 'Das Büro in Kiel-Friedrichsort zieht nach Berlin-Wedding.').map((e) => e.text)).toEqual([
      'Kiel-Friedrichsort',
      'Berlin-Wedding',
    ]);
    expect(ofType('LOC', 'Die Daten liegen in Bayern-Cloud und in Deutschland-Stack.')).toEqual([]);
    expect(ofType('LOC', 'Die Stelle Kiel-Friedrichsort bleibt.')).toEqual([]);
  });

  it('„Hamburg-Altona“ is one LOC; „Deutschland-Ticket“ is none', () => {
    expect(ofType('LOC', 'Das Team aus Hamburg-Altona nutzt das Deutschland-Ticket.').map((e) => e.text)).toEqual([
      'Hamburg-Altona',
    ]);
  });
});

describe('places with a river or region in brackets', () => {
  it('„Werder (Havel)“ is one LOC, the river inside; a bracket after a person stays an organisation', () => {
    const text = 'Die Stadt Beelitz liegt bei Werder (Havel), Frau Anna Beispiel (Materna) kam aus Halle (Saale).';
    expect(ofType('LOC', text).map((e) => e.text)).toEqual(['Werder (Havel)', 'Halle (Saale)']);
    expect(ofType('ORG', text).map((e) => e.text)).toContain('Materna');
  });
});

describe('European acts cited by number, landscapes and castles', () => {
  it('„Verordnung (EG) Nr. 987/2009“ and „Richtlinie (EU) 2019/1024“ are laws', () => {
    expect(
      ofType('LAW', 'Nach der Verordnung (EG) Nr. 987/2009 und der Richtlinie (EU) 2019/1024 gilt das.').map(
        (e) => e.text,
      ),
    ).toEqual(['Verordnung (EG) Nr. 987/2009', 'Richtlinie (EU) 2019/1024']);
  });

  it('„Kieler Förde“ and „Schloss Schwerin“ are places', () => {
    expect(
      ofType('LOC', 'Blick auf die Kieler Förde; die Behörde sitzt im Schloss Schwerin.').map((e) => e.text),
    ).toEqual(['Kieler Förde', 'Schloss Schwerin']);
  });
});

describe('names in quotation marks after a noun that says what they name', () => {
  it('„die App „Wartefix““, „Der Assistent mit dem Namen „Möwe““: the quoted name is the span, the noun its type', () => {
    expect(all('Die Marken kommen über die App „Wartefix“ aufs Handy.')).toEqual([['PRODUCT', 'Wartefix']]);
    expect(all('Der Assistent mit dem Namen „Möwe“ fasst Vermerke zusammen.')).toEqual([['PRODUCT', 'Möwe']]);
    expect(all('Das Werkzeug heißt «Bilingo» und wurde selbst gebaut.')).toEqual([['PRODUCT', 'Bilingo']]);
  });

  it('a funding programme is a LAW, a project an ORG, a cyber exercise an EVENT', () => {
    expect(all('Das Geld kommt aus dem Förderprogramm „Digitale Amtsstube“.')).toEqual([['LAW', 'Digitale Amtsstube']]);
    expect(all('Sie arbeiten im Projekt „Schutzschild Gemeinde“ mit.')).toEqual([['ORG', 'Schutzschild Gemeinde']]);
    expect(all('Die Cyberübung „Spreeschild 2026“ beginnt.')).toEqual([['EVENT', 'Spreeschild 2026']]);
    expect(all('Wir laden zum „Hackathon: Open Government 2026“ ein.')).toEqual([
      ['EVENT', 'Hackathon: Open Government 2026'],
    ]);
  });

  it('a quoted title after another noun is no name: a motto, a strategy, a pilot project, a saying', () => {
    expect(all('Unter dem Motto „Digitales im Dialog“ begann der Tag.')).toEqual([]);
    expect(all('Die Digitalstrategie „Kreis.Digital 2030“ liegt vor.')).toEqual([]);
    expect(all('Das Pilotprojekt „KI-Assistenz im Bürgerservice“ endet.')).toEqual([]);
    expect(all('Sie sagte: „Das ist ein Nullsummenspiel.“')).toEqual([]);
  });
});

describe('buildings, streets and squares', () => {
  it('a building noun before a place or an unlisted name; Haus der …; im Alten Rathaus', () => {
    expect(all('Ort: Kreishaus Lüneburg, Saal Ilmenau')).toEqual([
      ['LOC', 'Kreishaus Lüneburg'],
      ['LOC', 'Saal Ilmenau'],
    ]);
    expect(all('Die Sprechstunde findet im Gemeindezentrum Birkenberg statt.')).toEqual([
      ['LOC', 'Gemeindezentrum Birkenberg'],
    ]);
    expect(all('Die Vorstellung war im Haus der Bundespressekonferenz.')).toEqual([
      ['LOC', 'Haus der Bundespressekonferenz'],
    ]);
    expect(all('Die Sitzung ist im Neuen Rathaus, nicht im Alten Rathaus.')).toEqual([
      ['LOC', 'Neuen Rathaus'],
      ['LOC', 'Alten Rathaus'],
    ]);
    expect(all('Es gilt die Vorgabe nach der Technischen Richtlinie.')).toEqual([]);
  });

  it('a street before a house number or after a preposition, not a common word', () => {
    expect(all('Rückfragen: Landhaus, Römerstraße 15, 6901 Bregenz')).toEqual([
      ['LOC', 'Römerstraße'],
      ['LOC', 'Bregenz'],
    ]);
    expect(all('WLAN gibt es am Sedanplatz und an der Fähre.')).toEqual([['LOC', 'Sedanplatz']]);
    expect(all('Sie arbeiten am Arbeitsplatz und über den Marktplatz der Ideen.')).toEqual([]);
  });
});

describe('event series by their name words, ordinals, years and place adjectives', () => {
  it('name words after the head with a year or an ordinal; a place adjective or an ordinal before', () => {
    expect(all('Das Land berichtet auf dem Digitalgipfel Nord 2025.')).toEqual([['EVENT', 'Digitalgipfel Nord 2025']]);
    expect(all('Sie kamen zum 3. Digitalforum Pannonia.')).toEqual([['EVENT', '3. Digitalforum Pannonia']]);
    expect(all('Der 3. Ostbelgische Verwaltungstag beginnt.')).toEqual([['EVENT', '3. Ostbelgische Verwaltungstag']]);
    expect(all('Die Menschen sollen sich auf der Kieler Woche wohlfühlen.')).toEqual([['EVENT', 'Kieler Woche']]);
    expect(all('Vorgestellt auf der VITAKO-Herbsttagung.')).toEqual([['EVENT', 'VITAKO-Herbsttagung']]);
  });

  it('no event: an association named like a day, a bare weak noun with a year, a video call', () => {
    expect(all('Der Niedersächsische Landkreistag fordert mehr Geld.').map(([type]) => type)).toEqual(['ORG']);
    expect(all('Am Tag 2025 war alles anders.')).toEqual([]);
    expect(all('Es folgt die Videokonferenz „Kommunalcloud – Fragen und Antworten“.')).toEqual([]);
  });
});

describe('products by the shape of one word', () => {
  it('a word with capitals inside its lower-case letters, or a bare domain name, is a PRODUCT', () => {
    expect(all('Eltern melden sich jetzt über KitaKompass an.')).toEqual([['PRODUCT', 'KitaKompass']]);
    expect(all('Der Antrag läuft über eBau, die Rechnung über ebInterface.')).toEqual([
      ['PRODUCT', 'eBau'],
      ['PRODUCT', 'ebInterface'],
    ]);
    expect(all('Die Daten stehen auf data.gv.at bereit.')).toEqual([['PRODUCT', 'data.gv.at']]);
  });

  it('no product: a term written that way, a gender form, a web address, part of a longer name', () => {
    expect(all('Das Team arbeitet nach DevOps mit allen MitarbeiterInnen.')).toEqual([]);
    expect(all('Mehr unter www.data.gv.at und https://data.gv.at/daten.')).toEqual([]);
    expect(all('Die VerwaltungsWerft 2025 beginnt.').map(([type]) => type)).not.toContain('PRODUCT');
    expect(all('Das KitaKompass-Team berichtet.')).toEqual([]);
  });

  it('a name before a bracket that ends the text has no short form in it (found by the sentence-integrity property)', () => {
    expect(all('Die Lösung heißt MinisteriumCloud(')).toEqual([['PRODUCT', 'MinisteriumCloud']]);
  });

  it('an umlaut counts as its vowel in a bracketed abbreviation (WKO)', () => {
    expect(all('Die Wirtschaftskammer Österreich (WKO) begleitet das Vorhaben.')).toEqual([
      ['ORG', 'Wirtschaftskammer Österreich'],
      ['ORG', 'WKO'],
    ]);
  });
});
