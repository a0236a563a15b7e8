// Organisations (ORG): municipalities acting as administrations, ministries
// and authorities with their complements, associations qualified by a Land,
// companies with their legal form, abbreviations defined in brackets.
// ANNOTATION.md: articles and prepositions are outside the span, an inflection
// ending of the word stays inside; nested names are one outer name.

import { describe, expect, it } from 'vitest';
import { type EntityMention, extract } from '../../src/index.js';

const organisations = (text: string): EntityMention[] => extract(text).entities.filter((e) => e.type === 'ORG');
const spans = (text: string): string[] => organisations(text).map((e) => e.text);
const named = (text: string): [string, string][] => organisations(text).map((e) => [e.text, e.canonical]);

describe('municipalities and Länder', () => {
  it('„die Stadt Köln und der Landkreis Osnabrück“: head and place are one ORG, the article is outside', () => {
    expect(named('Die Stadt Köln und der Landkreis Osnabrück kooperieren.')).toEqual([
      ['Stadt Köln', 'Stadt Köln'],
      ['Landkreis Osnabrück', 'Landkreis Osnabrück'],
    ]);
  });

  it('„Stadt Köln“ is an ORG, the bare „Köln“ a LOC', () => {
    const { entities } = extract('Die Stadt Köln liegt in Köln.');
    expect(entities.map((e) => [e.type, e.text])).toEqual([
      ['ORG', 'Stadt Köln'],
      ['LOC', 'Köln'],
    ]);
  });

  it('„Gemeinde Leopoldshöhe“, „Kreises Lippe“: unknown places after a municipal head, genitive head in nominative', () => {
    expect(named('Die Gemeinde Leopoldshöhe gehört zum Gebiet des Kreises Lippe.')).toEqual([
      ['Gemeinde Leopoldshöhe', 'Gemeinde Leopoldshöhe'],
      ['Kreises Lippe', 'Kreis Lippe'],
    ]);
  });

  it('„das Land NRW“ is an ORG', () => {
    expect(named('Das Land NRW fördert die Kommunen.')).toEqual([['Land NRW', 'Land Nordrhein-Westfalen']]);
  });

  it('„des Landes Nordrhein-Westfalen“: the genitive ending is inside the span, the canonical is the nominative', () => {
    const text = 'Der Haushalt des Landes Nordrhein-Westfalen wächst.';
    expect(organisations(text)).toEqual([
      expect.objectContaining({ text: 'Landes Nordrhein-Westfalen', start: 17, canonical: 'Land Nordrhein-Westfalen' }),
    ]);
  });

  it('„Land NRW“ and „Land Nordrhein-Westfalen“ share one canonical, so the index has the Land once', () => {
    const record = extract('Das Land NRW und das Land Nordrhein-Westfalen fördern die Kommunen.');
    expect(record.entities.map((e) => [e.type, e.text, e.canonical])).toEqual([
      ['ORG', 'Land NRW', 'Land Nordrhein-Westfalen'],
      ['ORG', 'Land Nordrhein-Westfalen', 'Land Nordrhein-Westfalen'],
    ]);
    expect(record.entityIndex.map((e) => [e.type, e.canonical, e.mentions])).toEqual([
      ['ORG', 'Land Nordrhein-Westfalen', 2],
    ]);
  });
});

describe('ministries and authorities with their complements', () => {
  it('„Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen“ is one span', () => {
    const name = 'Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen';
    const text = `Das ${name} lädt ein.`;
    expect(organisations(text)).toEqual([expect.objectContaining({ text: name, start: 4, canonical: name })]);
    // Nested names: the Land inside is not annotated separately.
    expect(extract(text).entities).toHaveLength(1);
  });

  it('„Bundesamt für Sicherheit in der Informationstechnik“: `in der` continues the name', () => {
    expect(spans('Das Bundesamt für Sicherheit in der Informationstechnik warnt.')).toEqual([
      'Bundesamt für Sicherheit in der Informationstechnik',
    ]);
  });

  it('„Ministerium des Innern NRW“: a Land after the complement belongs to the name', () => {
    expect(spans('Das Ministerium des Innern NRW teilt mit.')).toEqual(['Ministerium des Innern NRW']);
  });

  it('„des Instituts für Verwaltungsforschung und wissenschaftlicher Direktor …“: the name stops before the role', () => {
    const text =
      'Marco Kuhn, Leiter des Instituts für Verwaltungsforschung und wissenschaftlicher Direktor der Akademie, sprach.';
    expect(named(text)).toEqual([['Instituts für Verwaltungsforschung', 'Institut für Verwaltungsforschung']]);
  });

  it('„Zentrum für Beispielwesen und Ordnung“: `und` joins capitalised words inside the complement', () => {
    expect(spans('Das Zentrum für Beispielwesen und Ordnung tagt.')).toEqual(['Zentrum für Beispielwesen und Ordnung']);
  });

  it('„Ministerium für Beispiel, Muster und Vorlagen des Landes Sachsen“ (not in any list): one span', () => {
    const name = 'Ministerium für Beispiel, Muster und Vorlagen des Landes Sachsen';
    expect(spans(`Das ${name} lädt ein.`)).toEqual([name]);
  });

  it('the canonical of an unlisted ministry keeps its commas as written', () => {
    const name = 'Ministerium für Beispiel, Muster und Vorlagen des Landes Sachsen';
    expect(named(`Das ${name} lädt ein.`)).toEqual([[name, name]]);
  });

  it('„Landesverwaltungsamt“: one word naming an authority is an ORG, the bare „Landesamt“ is not', () => {
    expect(named('Das Landesverwaltungsamt prüft. Das Landesamt prüft.')).toEqual([
      ['Landesverwaltungsamt', 'Landesverwaltungsamt'],
    ]);
  });

  it('„Amtsgericht Leipzig“: a court before a place is one ORG, without a LOC inside', () => {
    expect(extract('Das Amtsgericht Leipzig entschied.').entities.map((e) => [e.type, e.text])).toEqual([
      ['ORG', 'Amtsgericht Leipzig'],
    ]);
  });

  it('„Landesinstitut für Schulentwicklung“: a compound on an institution noun opens a name before `für`', () => {
    expect(named('Das Landesinstitut für Schulentwicklung berät die Schulen.')).toEqual([
      ['Landesinstitut für Schulentwicklung', 'Landesinstitut für Schulentwicklung'],
    ]);
  });
});

describe('names qualified by a Land or place', () => {
  it('„Landkreistag NRW“ and „des Landkreistags NRW“ share the nominative canonical', () => {
    const text = 'Der Landkreistag NRW tagt. Die Position des Landkreistags NRW ist klar.';
    const found = organisations(text);
    expect(found.map((e) => e.text)).toEqual(['Landkreistag NRW', 'Landkreistags NRW']);
    expect(found[1]!.canonical).toBe(found[0]!.canonical);
    expect(found[0]!.canonical).toBe('Landkreistag Nordrhein-Westfalen');
  });

  it('„Beispielverband Sachsen“ / „des Beispielverbands Sachsen“ (not in any list): pattern, nominative canonical', () => {
    const text = 'Der Beispielverband Sachsen tagt. Die Position des Beispielverbands Sachsen ist klar.';
    expect(named(text)).toEqual([
      ['Beispielverband Sachsen', 'Beispielverband Sachsen'],
      ['Beispielverbands Sachsen', 'Beispielverband Sachsen'],
    ]);
  });

  it('„Städte- und Gemeindebund NRW“: the suspended compound is inside the span', () => {
    const text =
      'Der Städte- und Gemeindebund NRW fordert Geld. Die Position des Städte- und Gemeindebundes NRW ist klar.';
    const found = organisations(text);
    expect(found.map((e) => e.text)).toEqual(['Städte- und Gemeindebund NRW', 'Städte- und Gemeindebundes NRW']);
    expect(found[1]!.canonical).toBe(found[0]!.canonical);
  });

  it('„Hessischer Städtetag“, „Thüringische Landkreistag“: an adjective opens the name', () => {
    expect(spans('Hessischer Städtetag und der Thüringische Landkreistag tagen.')).toEqual([
      'Hessischer Städtetag',
      'Thüringische Landkreistag',
    ]);
  });

  it('„des Hessischen Städtetags“: an inflected adjective and genitive noun, nominative canonical', () => {
    expect(named('Die Position des Hessischen Städtetags ist klar.')).toEqual([
      ['Hessischen Städtetags', 'Hessischer Städtetag'],
    ]);
  });

  it('„Der Hessische Städtetag“: the weak adjective ending, nominative canonical', () => {
    expect(named('Der Hessische Städtetag tagt.')).toEqual([['Hessische Städtetag', 'Hessischer Städtetag']]);
  });
});

describe('companies by their legal form', () => {
  it('„Beispiel Software GmbH“, „Muster Beratung AG“: the legal form is inside the span, the article outside', () => {
    expect(spans('Die Beispiel Software GmbH und die Muster Beratung AG liefern.')).toEqual([
      'Beispiel Software GmbH',
      'Muster Beratung AG',
    ]);
  });

  it('„Auch Beispiel Software GmbH liefert.“: a sentence-initial adverb is outside the company', () => {
    expect(spans('Auch Beispiel Software GmbH liefert.')).toEqual(['Beispiel Software GmbH']);
  });

  it('„Der Beispielverein e.V.“: a legal form written as an abbreviation is inside the span', () => {
    expect(named('Der Beispielverein e.V. tagt.')).toEqual([['Beispielverein e.V.', 'Beispielverein e.V.']]);
  });

  it('„Initiative D21 e.V.“: the legal form after a name with a number', () => {
    expect(spans('Die Initiative D21 e.V. tagt.')).toEqual(['Initiative D21 e.V.']);
  });

  it('„rastwerk GmbH“, „zettelkraft.nord GmbH“, „modul7 AG“: lower-case, dotted or digit names before a legal form', () => {
    const found = organisations(
      'Die rastwerk GmbH, die zettelkraft.nord GmbH und die modul7 AG liefern mit der lumio nordwerk UG (haftungsbeschränkt).',
    );
    expect(found.map((e) => [e.text, e.source])).toEqual([
      ['rastwerk GmbH', 'pattern:organisation:lower-case-before-legal-form'],
      ['zettelkraft.nord GmbH', 'pattern:organisation:lower-case-before-legal-form'],
      ['modul7 AG', 'pattern:organisation:lower-case-before-legal-form'],
      ['lumio nordwerk UG (haftungsbeschränkt)', 'pattern:organisation:lower-case-before-legal-form'],
    ]);
  });

  it('„die neue GmbH“, „eine gemeinnützige GmbH“, „mit der GmbH“: articles, adjectives and function words name no company', () => {
    expect(
      spans(
        'Wir sprachen mit der GmbH. Die neue GmbH, eine gemeinnützige GmbH, die 2019 gegründete GmbH und die städtischen GmbH, eine deutsche GmbH, die Bodenverwertungs- und ‑verwaltungs GmbH sowie GmbH sind keine Namen.',
      ),
    ).toEqual([]);
  });

  it('„Muster GmbH & Co. KG“: one span in one sentence', () => {
    const record = extract('Die Muster GmbH & Co. KG liefert.');
    expect(record.sentences).toHaveLength(1);
    expect(record.entities).toEqual([expect.objectContaining({ type: 'ORG', text: 'Muster GmbH & Co. KG', start: 4 })]);
  });
});

describe('company words continue a known name', () => {
  it('„Detecon International“: the listed company and the company word are one ORG', () => {
    expect(organisations('Die Detecon International berät die Stadt.')).toEqual([
      expect.objectContaining({ text: 'Detecon International', start: 4, canonical: 'Detecon International GmbH' }),
    ]);
    expect(named('Detecon berät die Stadt.')).toEqual([['Detecon', 'Detecon International GmbH']]);
  });

  it('„Sovereign Cloud Stack Community“: a product followed by `Community` is an organisation', () => {
    expect(
      extract('Die Sovereign Cloud Stack Community wächst.').entities.map((e) => [e.type, e.text, e.canonical]),
    ).toEqual([['ORG', 'Sovereign Cloud Stack Community', 'Sovereign Cloud Stack Community']]);
    expect(extract('Der Sovereign Cloud Stack wächst.').entities.map((e) => [e.type, e.text])).toEqual([
      ['PRODUCT', 'Sovereign Cloud Stack'],
    ]);
  });
});

describe('abbreviations and affiliations in brackets', () => {
  it('„Zentrum für Beispielwesen und Ordnung (ZBO)“ … „das ZBO“: same canonical everywhere', () => {
    const text = 'Das Zentrum für Beispielwesen und Ordnung (ZBO) tagt. Das ZBO lädt ein.';
    expect(organisations(text).map((e) => [e.text, e.canonical, e.sentence, e.source])).toEqual([
      ['Zentrum für Beispielwesen und Ordnung', 'Zentrum für Beispielwesen und Ordnung', 0, 'pattern:organisation'],
      ['ZBO', 'Zentrum für Beispielwesen und Ordnung', 0, 'context:definition'],
      ['ZBO', 'Zentrum für Beispielwesen und Ordnung', 1, 'context:definition'],
    ]);
  });

  it('„Zentrum Digitale Souveränität (ZenDiS)“ … „ZenDiS“: both ZenDiS mentions share one canonical', () => {
    const text = 'Das Zentrum Digitale Souveränität (ZenDiS) wächst. Das ZenDiS stellt ein.';
    const found = organisations(text);
    expect(found.map((e) => e.text)).toEqual(['Zentrum Digitale Souveränität', 'ZenDiS', 'ZenDiS']);
    expect(found[2]!.canonical).toBe(found[1]!.canonical);
  });

  it('„Zentrum Digitale Souveränität (ZenDiS)“: the short long form takes the listed name of its abbreviation', () => {
    const text = 'Das Zentrum Digitale Souveränität (ZenDiS) wächst. Das ZenDiS stellt ein.';
    expect(organisations(text).map((e) => e.canonical)).toEqual([
      'Zentrum für Digitale Souveränität der Öffentlichen Verwaltung',
      'Zentrum für Digitale Souveränität der Öffentlichen Verwaltung',
      'Zentrum für Digitale Souveränität der Öffentlichen Verwaltung',
    ]);
  });

  it('„Zentral- und Ansprechstelle Cybercrime Nordrhein-Westfalen (ZAC NRW)“: a two-token abbreviation with a Land', () => {
    const longForm = 'Zentral- und Ansprechstelle Cybercrime Nordrhein-Westfalen';
    const text = `Die ${longForm} (ZAC NRW) ermittelt. Die ZAC NRW warnt vor Betrug.`;
    // One ORG each, no LOC `Nordrhein-Westfalen` or `NRW` inside them.
    expect(extract(text).entities.map((e) => [e.type, e.text, e.canonical, e.sentence])).toEqual([
      ['ORG', longForm, longForm, 0],
      ['ORG', 'ZAC NRW', longForm, 0],
      ['ORG', 'ZAC NRW', longForm, 1],
    ]);
  });

  it('an abbreviation that does not fit the name is not linked: „Stadt Köln (ZBO)“', () => {
    expect(spans('Die Stadt Köln (ZBO) lädt ein.')).toEqual(['Stadt Köln']);
  });

  it('„Kerstin Wegener (Materna)“: a capitalised name in brackets after a person is an ORG', () => {
    const text = 'Es sprach Kerstin Wegener (Materna).';
    expect(extract(text).entities.map((e) => [e.type, e.text])).toEqual([
      ['PER', 'Kerstin Wegener'],
      ['ORG', 'Materna'],
    ]);
  });

  it('„Kerstin Wegener (Beispielwerk/Musterhaus)“: unlisted companies after a person, each its own ORG', () => {
    const found = organisations('Es sprach Kerstin Wegener (Beispielwerk/Musterhaus).');
    expect(found.map((e) => [e.text, e.source])).toEqual([
      ['Beispielwerk', 'context:affiliation'],
      ['Musterhaus', 'context:affiliation'],
    ]);
  });
});

describe('heads, legal forms and openers', () => {
  const orgs = (text: string): string[] =>
    extract(text)
      .entities.filter((e) => e.type === 'ORG')
      .map((e) => e.text);

  it('„Amt Nordheide“, „des Amtes Nordheide“: an Amt of a Land is an ORG; „Amt Digitalisierung“ is none', () => {
    expect(orgs('Das Amt Nordheide und die Gemeinden des Amtes Nordheide. Das Amt Digitalisierung tagt.')).toEqual([
      'Amt Nordheide',
      'Amtes Nordheide',
    ]);
  });

  it('„der Freien Hansestadt Bremen“: an inflected adjective in a municipal head; canonical in the listed form', () => {
    const org = extract('Ein Vertrag mit der Freien Hansestadt Bremen.').entities.find((e) => e.type === 'ORG');
    expect([org?.text, org?.canonical]).toEqual(['Freien Hansestadt Bremen', 'Freie Hansestadt Bremen']);
  });

  it('a company name starts after the common noun before it, compounds included: „Cloudanbieter Wolkenfeld AG“ → „Wolkenfeld AG“', () => {
    expect(
      orgs('Der Cloudanbieter Wolkenfeld AG und die Allgäuer Softwarefirma Bergsicht Systeme GmbH liefern.'),
    ).toEqual(['Wolkenfeld AG', 'Bergsicht Systeme GmbH']);
    expect(orgs('Der Förderverein Digitale Schule e.V. hilft.')).toEqual(['Förderverein Digitale Schule e.V.']);
  });

  it('„Landratsamt Beispielkreis“ is one ORG', () => {
    expect(orgs('Gespräche mit dem Landratsamt Beispielkreis laufen.')).toEqual(['Landratsamt Beispielkreis']);
  });

  it('„UG (haftungsbeschränkt)“ closes a company name; „Vereins“ and „Firma“ stay outside', () => {
    expect(
      orgs(
        'Es gewann die Kartenwerk Labs UG (haftungsbeschränkt). Der Podcast des Vereins Digitales Dorf e.V. und die Firma Quellgrund GmbH.',
      ),
    ).toEqual(['Kartenwerk Labs UG (haftungsbeschränkt)', 'Digitales Dorf e.V.', 'Quellgrund GmbH']);
  });
});

describe('institutions named after a person or place', () => {
  const all = (text: string): string[] => extract(text).entities.map((e) => `${e.type} ${e.text}`);

  it('„Johannes Gutenberg-Universität Mainz“ is one ORG, never a person; „Europa-Universität Viadrina“ too', () => {
    expect(all('Die Johannes Gutenberg-Universität Mainz und die Europa-Universität Viadrina forschen.')).toEqual([
      'ORG Johannes Gutenberg-Universität Mainz',
      'ORG Europa-Universität Viadrina',
    ]);
  });

  it('„Oehlmann & Partz Rechtsanwälte“ is a firm; „die Kanzlei“ stays outside', () => {
    expect(all('Die Kanzlei Oehlmann & Partz Rechtsanwälte berät.')).toEqual(['ORG Oehlmann & Partz Rechtsanwälte']);
  });
});

describe('a unit or site named by its owner', () => {
  it('„Rechenzentrum der Stadt Bremerhaven“, „Rechenzentrum von Dataport“: the owner is the organisation', () => {
    expect(spans('Die Daten liegen im Rechenzentrum der Stadt Bremerhaven.')).toEqual(['Stadt Bremerhaven']);
    expect(spans('Das laufe im Rechenzentrum von Dataport in Norderstedt.')).toEqual(['Dataport']);
    expect(spans('Sie kam vom Blockchain-Kompetenzzentrum der Hochschule Mittweida.')).toEqual([
      'Hochschule Mittweida',
    ]);
  });

  it('„Kompetenzzentrum für Digitale Verwaltung“: a unit with its own name is one', () => {
    expect(spans('Das Kompetenzzentrum für Digitale Verwaltung berät.')).toEqual([
      'Kompetenzzentrum für Digitale Verwaltung',
    ]);
  });
});

describe('long forms that an abbreviation in brackets defines', () => {
  it('„Neue Osnabrücker Zeitung (NOZ)“, „Verband Bernischer Gemeinden (VBG)“: unlisted names with their short forms', () => {
    expect(named('Darüber hatte die Neue Osnabrücker Zeitung (NOZ) berichtet; die NOZ blieb dran.')).toEqual([
      ['Neue Osnabrücker Zeitung', 'Neue Osnabrücker Zeitung'],
      ['NOZ', 'Neue Osnabrücker Zeitung'],
      ['NOZ', 'Neue Osnabrücker Zeitung'],
    ]);
    expect(spans('Der Verband Bernischer Gemeinden (VBG) hat mitgearbeitet.')).toEqual([
      'Verband Bernischer Gemeinden',
      'VBG',
    ]);
  });

  it('a law word makes a LAW, also when the capitals are the initials in another order (IDG)', () => {
    const entities = extract('Es gilt das Gesetz über die Information und den Datenschutz (IDG) des Kantons.').entities;
    expect(entities.map((e) => [e.type, e.text])).toEqual([
      ['LAW', 'Gesetz über die Information und den Datenschutz'],
      ['LAW', 'IDG'],
    ]);
  });

  it('a term, a role or a common compound defined in brackets is no name', () => {
    expect(extract('Von der Robotic Process Automation (RPA) bis zum Chatbot.').entities).toEqual([]);
    expect(extract('Das Thema Dokumentenmanagementsystem (DMS) war gesetzt.').entities).toEqual([]);
    expect(spans('Marcel Böttcher, Chief Digital Officer (CDO), Stadt Bergisch Gladbach')).toEqual([
      'Stadt Bergisch Gladbach',
    ]);
  });
});

describe('parties, broadcasters and regional branches', () => {
  it('Austrian and Swiss parties; a Land or place after a broadcaster or listed body names its branch', () => {
    expect(spans('Dafür stimmten ÖVP, SPÖ und NEOS, dagegen FPÖ und SVP.')).toEqual([
      'ÖVP',
      'SPÖ',
      'NEOS',
      'FPÖ',
      'SVP',
    ]);
    expect(named('Moderation: Katrin Wöhlert (MDR Thüringen)')).toEqual([
      ['MDR Thüringen', 'Mitteldeutscher Rundfunk Thüringen'],
    ]);
    expect(spans('Es moderiert Christine Wallner vom ORF Salzburg.')).toEqual(['ORF Salzburg']);
  });

  it('an Austrian Land is an administration after `Land`, and qualifies an authority', () => {
    expect(spans('Das Land Tirol verarbeitet Rechnungen digital.')).toEqual(['Land Tirol']);
    expect(spans('Das Landeskriminalamt Oberösterreich übt mit.')).toEqual(['Landeskriminalamt Oberösterreich']);
    expect(spans('Die Bezirksversammlung Hamburg-Nord beschloss den Test.')).toEqual([
      'Bezirksversammlung Hamburg-Nord',
    ]);
  });
});

describe('bodies named with their owner, committees', () => {
  it('„Regierungsrat des Kantons Bern“, „Haushaltsausschuss des Deutschen Bundestages“: a body and its state', () => {
    expect(spans('Der Regierungsrat des Kantons Bern hat die Strategie verabschiedet.')).toEqual([
      'Regierungsrat des Kantons Bern',
    ]);
    expect(spans('Der Haushaltsausschuss des Deutschen Bundestages tagte.')).toEqual([
      'Haushaltsausschuss des Deutschen Bundestages',
    ]);
    expect(spans('Das Amt der Oö. Landesregierung sucht Verstärkung.')).toEqual(['Amt der Oö. Landesregierung']);
    expect(spans('Das hat die Tiroler Landesregierung beschlossen.')).toEqual(['Tiroler Landesregierung']);
  });

  it('a city office, a site or a role is not named with its owner', () => {
    expect(spans('Sie arbeitet im Standesamt der Stadt Fulda.')).toEqual(['Stadt Fulda']);
    expect(spans('Er ist Open-Data-Beauftragter des Kreises Steinfurt.')).toEqual(['Kreises Steinfurt']);
  });

  it('„Ausschuss für Inneres und Sport“: a committee with its full name', () => {
    expect(spans('Darüber beriet der Ausschuss für Inneres und Sport.')).toEqual(['Ausschuss für Inneres und Sport']);
    expect(spans('in der vom Ausschuss für Digitales und Staatsmodernisierung geänderten Fassung angenommen')).toEqual([
      'Ausschuss für Digitales und Staatsmodernisierung',
    ]);
  });
});

describe('newspapers by their shape', () => {
  it('capitalised adjectives before a newspaper noun, or a compound ending in one, name a newspaper', () => {
    expect(spans('Die Freie Presse berichtet darüber.')).toEqual(['Freie Presse']);
    expect(spans('Das meldet die Neue Osnabrücker Zeitung.')).toEqual(['Neue Osnabrücker Zeitung']);
    expect(spans('Laut Nordsee-Zeitung und Grenz-Echo ist es so.')).toEqual(['Nordsee-Zeitung', 'Grenz-Echo']);
  });

  it('no newspaper: an article, a capital at the start of a sentence, another compound', () => {
    expect(extract('Die Zeitung schreibt es. Lokale Presse war da. Der KI-Kompass hilft.').entities).toEqual([]);
  });
});

describe('a short form of a university or chamber before a place', () => {
  it('„TU Wien“, „FH Salzburg“, „IHK Siegen“ name an organisation, the bare place stays a place', () => {
    const { entities } = extract(
      'Sie studierte an der TU Wien und der FH Salzburg, geprüft von der IHK Siegen in Siegen.',
    );
    expect(entities.map((e) => [e.type, e.text])).toEqual([
      ['ORG', 'TU Wien'],
      ['ORG', 'FH Salzburg'],
      ['ORG', 'IHK Siegen'],
      ['LOC', 'Siegen'],
    ]);
  });
});

describe('magazines by their masthead', () => {
  it('a short name opening a line before a magazine noun, an issue or a section and a date names a magazine', () => {
    expect(spans('KOMMUNE & NETZ – Das Magazin für kommunale IT\nText folgt.')).toEqual(['KOMMUNE & NETZ']);
    expect(spans('Amtsecho heute – Fachmagazin für Verwaltung\nText folgt.')).toEqual(['Amtsecho heute']);
    expect(spans('Der Amtsbote Ausgabe vom 21. August 2025\nText folgt.')).toEqual(['Der Amtsbote']);
    expect(spans('eGov-Lotse · Interview 29. Januar 2026\nText folgt.')).toEqual(['eGov-Lotse']);
    expect(spans('Rathauspost – Ausgabe Mai 2026\nText folgt.')).toEqual(['Rathauspost']);
  });

  it('no magazine: a genre word, a line of running text, a byline, a mark without what a masthead says', () => {
    expect(spans('Pressemitteilung · 3. Juli 2025\nText folgt.')).toEqual([]);
    expect(spans('Mehr dazu\nin dieser Ausgabe 3 Beiträge.')).toEqual([]);
    expect(spans('Von Kerstin Amsel · 3. Juli 2025\nText folgt.')).toEqual([]);
    expect(spans('Forum B – E-Akte in kleinen Gemeinden\nText folgt.')).toEqual([]);
  });
});

describe('Austrian and Swiss municipal administrations', () => {
  it('a municipal head before a place names its administration', () => {
    expect(spans('Die Stadtgemeinde Hallein und die Einwohnergemeinde Worb laden ein.')).toEqual([
      'Stadtgemeinde Hallein',
      'Einwohnergemeinde Worb',
    ]);
    expect(spans('Zuständig ist die Bezirkshauptmannschaft Leibnitz, nicht die Stadtkanzlei Frauenfeld.')).toEqual([
      'Bezirkshauptmannschaft Leibnitz',
      'Stadtkanzlei Frauenfeld',
    ]);
  });
});

describe('a capitalised adjective before an institution', () => {
  it('inside a sentence, a capitalised adjective opens the name of a university, school or centre', () => {
    expect(spans('Sie forscht an der Freien Universität Bozen.')).toEqual(['Freien Universität Bozen']);
    expect(spans('Das Unabhängige Landeszentrum für Datenschutz prüft.')).toEqual([
      'Unabhängige Landeszentrum für Datenschutz',
    ]);
  });

  it('not a role noun or a name ending in er', () => {
    expect(spans('Es sprach der Bereichsleiter Rechenzentrum.')).toEqual([]);
    expect(spans('Sie lehrt an der Kepler Universität Linz.')).toEqual(['Universität Linz']);
  });
});
