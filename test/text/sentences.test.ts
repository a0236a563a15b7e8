import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitSentences } from '../../src/index.js';
import { callWithTimeLimit } from '../helpers.js';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** The sentence texts of `text`, after checking that every span is true. */
function sentences(text: string): string[] {
  const spans = splitSentences(text);
  let previousEnd = 0;
  for (const span of spans) {
    expect(text.slice(span.start, span.end), `span ${span.start}-${span.end}`).toBe(span.text);
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.start).toBeLessThan(span.end);
    // Rule 1: from the first non-space character to the last character.
    expect(span.text).toBe(span.text.trim());
    previousEnd = span.end;
  }
  return spans.map((s) => s.text);
}

/**
 * Hard-wraps `text` at `width` columns by turning spaces into line breaks,
 * so every character keeps its offset.
 */
function hardWrap(text: string, width: number): string {
  const out = text.split('');
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === ' ') {
      if (i - lineStart > width && lastSpace > lineStart) {
        out[lastSpace] = '\n';
        lineStart = lastSpace + 1;
      }
      lastSpace = i;
    }
  }
  return out.join('');
}

// ---------------------------------------------------------------------------
// Rule 3: abbreviations, ordinals, dates and numbers do not split
// ---------------------------------------------------------------------------

describe('what does not end a sentence', () => {
  it.each([
    ['Dr.', 'Den Auftakt machte Dr. Annette Kolbeck vom BMI.'],
    ['Prof. Dr.', 'Es sprach Prof. Dr. Henrike Vossberg aus Dresden.'],
    ['Dipl.-Ing.', 'Danach berichtete Dipl.-Ing. Torsten Lübbers aus Chemnitz.'],
    ['z. B.', 'Das gilt z. B. für Urkunden oder Verträge.'],
    ['z.B. before a capitalised noun', 'Gemeint sind z.B. Urkunden und Verträge.'],
    ['u. a. before a capitalised noun', 'Dabei waren u. a. Vertreter der Länder.'],
    ['bzw.', 'Eine zentrale Poststelle bzw. Scanstelle hilft.'],
    ['Nr.', 'Grundlage ist die Vorlage Nr. 2023/187 des Ausschusses.'],
    ['ca.', 'Erwartet werden ca. 350 Teilnehmende.'],
    ['Art. and Abs.', 'Das regelt Art. 91c Abs. 5 GG seit Jahren.'],
    ['St.', 'Die Stadt St. Augustin ist dabei.'],
    ['i. d. R.', 'Die Bearbeitung dauert i. d. R. drei Wochen.'],
    ['an initial', 'Der Bericht stammt von M. Kuhn aus Köln.'],
    ['a. a. O. in a citation', 'Vgl. Eichmann / v. Falckenstein, a. a. O. Rn. 11, zum Begriff.'],
    ['m. w. N. in a citation', 'So schon der BFH (BStBl II 2011, 612, Rz 5 m. w. N.) zur Frage der Zulassung.'],
    ['a date written with spaces', 'Das BSG hat im Urteil vom 11. 8. 2015 seine Rechtsprechung bekräftigt.'],
    ['the day of a spaced date before the month', 'Der Beschluss vom 9. 11. 2011 - 1 BvR 1853/11 - gilt fort.'],
  ])('does not split after %s', (_label, text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('does not split after the ordinal in "24. ÖV-Symposium"', () => {
    const text = 'Das 24. ÖV-Symposium fand in Düsseldorf statt.';
    expect(sentences(text)).toEqual([text]);
  });

  it('does not split after the ordinal in "am 11. September 2024"', () => {
    const text = 'Am 11. September 2024 tagte der IT-Planungsrat.';
    expect(sentences(text)).toEqual([text]);
  });

  it('does not split after an ordinal before a capitalised noun ("3. KI-Forum")', () => {
    const text = 'Leipzig war Gastgeber des 3. KI-Forums Öffentliche Verwaltung.';
    expect(sentences(text)).toEqual([text]);
  });

  it('does not split inside the dates "04.10.2023" and "16./17.11.2020"', () => {
    const text = 'Der Kreistag hat am 04.10.2023 beschlossen, was am 16./17.11.2020 beraten wurde.';
    expect(sentences(text)).toEqual([text]);
  });

  it('does not split inside "OZG 2.0", but after the sentence', () => {
    expect(sentences('Das OZG 2.0 ist beschlossen. Es tritt bald in Kraft.')).toEqual([
      'Das OZG 2.0 ist beschlossen.',
      'Es tritt bald in Kraft.',
    ]);
  });

  it('does not split inside a URL or an e-mail address', () => {
    const text = 'Infos gibt es auf www.onlinezugangsgesetz.de und unter poststelle@it.nrw.de im Netz.';
    expect(sentences(text)).toEqual([text]);
  });
});

describe('what ends a sentence', () => {
  it('splits after a number that ends a sentence ("stieg auf 24. Die …")', () => {
    expect(sentences('Die Zahl der Dienste stieg auf 24. Die Kommunen sind zufrieden.')).toEqual([
      'Die Zahl der Dienste stieg auf 24.',
      'Die Kommunen sind zufrieden.',
    ]);
  });

  it('splits after "usw." before a new sentence', () => {
    expect(sentences('Wir digitalisieren Akten, Register usw. Die Umsetzung läuft.')).toEqual([
      'Wir digitalisieren Akten, Register usw.',
      'Die Umsetzung läuft.',
    ]);
  });

  it('splits after "usw." before a capitalised noun that opens a sentence', () => {
    expect(sentences('Wir digitalisieren Akten, Register usw. Kommunen profitieren davon.')).toEqual([
      'Wir digitalisieren Akten, Register usw.',
      'Kommunen profitieren davon.',
    ]);
  });

  it('does not split after "usw." when the sentence goes on in lower case', () => {
    const text = 'Akten, Register usw. werden bis 2026 digitalisiert.';
    expect(sentences(text)).toEqual([text]);
  });

  it('splits after "Mio." before a sentence starter, not before "Euro"', () => {
    expect(sentences('Das kostet 3,5 Mio. Euro. Es kostet 5 Mio. Die Länder zahlen mit.')).toEqual([
      'Das kostet 3,5 Mio. Euro.',
      'Es kostet 5 Mio.',
      'Die Länder zahlen mit.',
    ]);
  });

  it('splits after a date at the end of a sentence', () => {
    expect(sentences('Der Beschluss fiel am 04.10.2023. Die Umsetzung folgt.')).toEqual([
      'Der Beschluss fiel am 04.10.2023.',
      'Die Umsetzung folgt.',
    ]);
  });

  it('splits after "?" and "!"', () => {
    expect(sentences('Wie viel KI verträgt ein Bürgeramt? Sehr viel! Das zeigte der Tag.')).toEqual([
      'Wie viel KI verträgt ein Bürgeramt?',
      'Sehr viel!',
      'Das zeigte der Tag.',
    ]);
  });

  it('splits after "?!" once', () => {
    expect(sentences('Wie geht das?! Keiner weiß es.')).toEqual(['Wie geht das?!', 'Keiner weiß es.']);
  });

  it('splits after "…" and "..." before a capitalised word', () => {
    expect(sentences('Wir warten… Dann geht es los. Wir warten ... Dann geht es weiter.')).toEqual([
      'Wir warten…',
      'Dann geht es los.',
      'Wir warten ...',
      'Dann geht es weiter.',
    ]);
  });

  it('does not split after "…" when the sentence goes on in lower case', () => {
    const text = 'Er sagte … und ging dann nach Hause.';
    expect(sentences(text)).toEqual([text]);
  });

  it('keeps a closing bracket after the terminal in the sentence', () => {
    expect(sentences('Das regelt das Gesetz (siehe oben). Die Frist läuft.')).toEqual([
      'Das regelt das Gesetz (siehe oben).',
      'Die Frist läuft.',
    ]);
  });

  it('splits after a URL that ends a sentence', () => {
    expect(sentences('Siehe www.bund.de. Dort steht es.')).toEqual(['Siehe www.bund.de.', 'Dort steht es.']);
  });
});

// ---------------------------------------------------------------------------
// Rules 2 and 6: quotes
// ---------------------------------------------------------------------------

describe('quotes', () => {
  it('splits after the closing quote of „… werden.“ before a new sentence', () => {
    expect(sentences('„Alle Anträge sollen digital erledigt werden.“ Wichtig sei nun die Umsetzung.')).toEqual([
      '„Alle Anträge sollen digital erledigt werden.“',
      'Wichtig sei nun die Umsetzung.',
    ]);
  });

  it('keeps „Gut!“, sagt er. as one sentence', () => {
    expect(sentences('„Gut!“, sagt er.')).toEqual(['„Gut!“, sagt er.']);
  });

  it('keeps quoted speech with its speaker and splits after it', () => {
    expect(sentences('„Das ist kein Selbstzweck“, sagte Oberhaus. „Die E-Akte ist die Voraussetzung.“')).toEqual([
      '„Das ist kein Selbstzweck“, sagte Oberhaus.',
      '„Die E-Akte ist die Voraussetzung.“',
    ]);
  });

  it('splits inside a quotation that holds two sentences', () => {
    expect(sentences('„Der Bot ersetzt niemanden. Er verschafft Luft“, betonte Lübbers.')).toEqual([
      '„Der Bot ersetzt niemanden.',
      'Er verschafft Luft“, betonte Lübbers.',
    ]);
  });

  it('splits after a question in quotes', () => {
    expect(sentences('Er fragte: „Geht das?“ Niemand antwortete.')).toEqual([
      'Er fragte: „Geht das?“',
      'Niemand antwortete.',
    ]);
  });

  it('keeps a closing guillemet after the terminal in the sentence', () => {
    expect(sentences('»Wir machen weiter.« Das sagte sie.')).toEqual(['»Wir machen weiter.«', 'Das sagte sie.']);
  });
});

// ---------------------------------------------------------------------------
// Rule 4: colons
// ---------------------------------------------------------------------------

describe('colons', () => {
  it('does not split at a colon inside a line', () => {
    const text = 'Die Vision: Eine Verwaltung, die rund um die Uhr erreichbar ist.';
    expect(sentences(text)).toEqual([text]);
  });

  it('splits at a colon at the end of a line', () => {
    expect(sentences('Das Forum geht folgenden Fragen nach:\nWer scannt die Eingangspost?')).toEqual([
      'Das Forum geht folgenden Fragen nach:',
      'Wer scannt die Eingangspost?',
    ]);
  });

  it('splits at a line-final colon even before a lower-case line', () => {
    expect(sentences('Teilnehmende:\nalle Kommunen des Landes')).toEqual(['Teilnehmende:', 'alle Kommunen des Landes']);
  });
});

// ---------------------------------------------------------------------------
// Rule 5: document structure
// ---------------------------------------------------------------------------

describe('document structure', () => {
  it('makes a title, a heading, a date line and an author line sentences of their own', () => {
    const text =
      'Pressemitteilung\n\nLandkreis stellt auf die E-Akte um\n\nOsnabrück, 05.10.2023\nVon Miriam Albrecht\n\nDer Kreistag hat entschieden.';
    expect(sentences(text)).toEqual([
      'Pressemitteilung',
      'Landkreis stellt auf die E-Akte um',
      'Osnabrück, 05.10.2023',
      'Von Miriam Albrecht',
      'Der Kreistag hat entschieden.',
    ]);
  });

  it('makes a heading directly above a paragraph (no blank line) a sentence of its own', () => {
    expect(sentences('Chatbot im Bürgerbüro\nDer Assistent beantwortet Fragen.')).toEqual([
      'Chatbot im Bürgerbüro',
      'Der Assistent beantwortet Fragen.',
    ]);
  });

  it('makes each dash and bullet list item one sentence, marker included', () => {
    expect(sentences('Themen des Tages:\n- E-Akte\n- Registermodernisierung\n• Cloud und Souveränität')).toEqual([
      'Themen des Tages:',
      '- E-Akte',
      '- Registermodernisierung',
      '• Cloud und Souveränität',
    ]);
  });

  it('makes each numbered list item one sentence, its "1. " marker included', () => {
    expect(
      sentences('1. Wie gelingt der Umstieg?\n2. Wer scannt die Eingangspost\n3. Die Schulung der Beschäftigten'),
    ).toEqual(['1. Wie gelingt der Umstieg?', '2. Wer scannt die Eingangspost', '3. Die Schulung der Beschäftigten']);
  });

  it('splits a list item that holds two full sentences in two', () => {
    expect(sentences('- Erstens gilt das. Zweitens gilt auch das.\n- Drittens')).toEqual([
      '- Erstens gilt das.',
      'Zweitens gilt auch das.',
      '- Drittens',
    ]);
  });

  it('makes table-like lines of a programme sentences of their own', () => {
    expect(
      sentences('09:30 Uhr\nBegrüßung\nModeration: Lea Brückner, Hessischer Städtetag\n10:00 Uhr\nKeynote'),
    ).toEqual(['09:30 Uhr', 'Begrüßung', 'Moderation: Lea Brückner, Hessischer Städtetag', '10:00 Uhr', 'Keynote']);
  });

  it('always ends a sentence at a blank line', () => {
    expect(sentences('Ein Absatz ohne Punkt\n\nEin zweiter Absatz.')).toEqual([
      'Ein Absatz ohne Punkt',
      'Ein zweiter Absatz.',
    ]);
  });

  it('ends a sentence at a blank line even when the next paragraph starts in lower case', () => {
    expect(sentences('weil die Verwaltung wartet\n\nund dann geht es weiter')).toEqual([
      'weil die Verwaltung wartet',
      'und dann geht es weiter',
    ]);
  });

  it('ignores several blank lines and surrounding white space', () => {
    const text = '\n\n  Erster Satz.  \n\n\n\n\tZweiter Satz.\n\n';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Erster Satz.', 'Zweiter Satz.']);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [4, 16],
      [23, 36],
    ]);
  });

  it('returns no sentences for empty or blank input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t \r\n')).toEqual([]);
  });
});

describe('hard-wrapped text', () => {
  const paragraph = [
    'Der Landkreis Osnabrück hat am 04.10.2023 beschlossen, bis Ende 2026 rund 3,5 Mio. Euro in die Einführung der elektronischen Akte zu investieren.',
    'Grundlage ist die Beschlussvorlage Nr. 2023/187, die der zuständige Fachausschuss im September vorberaten hatte.',
    'Landrat Dr. Jens Oberhaus sprach von einem wichtigen Schritt für die Verwaltung, die Bürgerinnen und Bürger sowie die Beschäftigten im Kreishaus.',
    'Eingehende Papierpost wird künftig in einer zentralen Scanstelle digitalisiert und den Fachdiensten elektronisch zugestellt.',
    'Für Unterlagen mit besonderen Aufbewahrungspflichten, z. B. Urkunden oder Verträge, gelten Ausnahmen.',
  ];
  const flat = paragraph.join(' ');
  const wrapped = hardWrap(flat, 70);
  // The expected spans: wrapping turns spaces into line breaks, offsets stay.
  const expected: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  for (const s of paragraph) {
    expected.push({ start: offset, end: offset + s.length, text: wrapped.slice(offset, offset + s.length) });
    offset += s.length + 1;
  }

  it('is really wrapped at about 70 columns, with lines broken mid-sentence before capitals', () => {
    const lines = wrapped.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(70);
    // Line breaks inside a sentence followed by a capitalised word: the hard case.
    const midSentenceBeforeCapital = expected.filter((s) => /\n\p{Lu}/u.test(s.text));
    expect(midSentenceBeforeCapital.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a paragraph wrapped at ~70 characters as its sentences, not its lines', () => {
    expect(splitSentences(wrapped)).toEqual(expected);
  });

  it('keeps a short heading above a wrapped paragraph as a sentence of its own', () => {
    const text = `Vom Posteingang bis zum Archiv\n\n${wrapped}`;
    const shift = 'Vom Posteingang bis zum Archiv\n\n'.length;
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 30, text: 'Vom Posteingang bis zum Archiv' },
      ...expected.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift })),
    ]);
  });

  it('reads the same wrapped paragraph with "\\r\\n" line ends the same way', () => {
    const crlf = wrapped.replace(/\n/g, '\r\n');
    const texts = splitSentences(crlf).map((s) => s.text.replace(/\r\n/g, '\n'));
    expect(texts).toEqual(expected.map((s) => s.text));
  });
});

describe('"\\r\\n" line ends', () => {
  it('splits at line ends and blank lines written with "\\r\\n", spans exclude "\\r"', () => {
    const text = 'Überschrift\r\n\r\nErster Satz.\r\nZweiter Satz.\r\n- Punkt eins\r\n- Punkt zwei\r\n';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'Überschrift',
      'Erster Satz.',
      'Zweiter Satz.',
      '- Punkt eins',
      '- Punkt zwei',
    ]);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [0, 11],
      [15, 27],
      [29, 42],
      [44, 56],
      [58, 70],
    ]);
  });

  it('splits at a line-final colon written with "\\r\\n"', () => {
    expect(sentences('Die Fragen:\r\nWer zahlt?')).toEqual(['Die Fragen:', 'Wer zahlt?']);
  });
});

// ---------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------

describe('bad input', () => {
  it('does not throw on control characters, lone surrogates, NBSP, ZWSP and BOM, and keeps spans true', () => {
    const text = '\uFEFFErster\u0000 Satz.\u200B Zweiter\u00A0Satz \uD800!\r\n\uDC00Dritter\u202FSatz\u0007.';
    expect(() => splitSentences(text)).not.toThrow();
    const texts = sentences(text);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts[0]).toBe('Erster\u0000 Satz.');
  });

  it('terminates on a dotted name in astral "fancy text" letters before a path', async () => {
    // In a child process with a time limit on the call, so an endless loop fails
    // this test instead of blocking the whole run.
    const input = 'Mehr unter 𝗯𝘂𝗻𝗱.de/ozg lesen. Danach geht es weiter.';
    const spans = (await callWithTimeLimit('splitSentences', input)) as { text: string }[];
    expect(spans.map((s) => s.text)).toEqual(['Mehr unter 𝗯𝘂𝗻𝗱.de/ozg lesen.', 'Danach geht es weiter.']);
  }, 120_000);

  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number'],
    [['Text'], 'array'],
  ])('throws a TypeError naming %s', (value, named) => {
    expect(() => splitSentences(value as unknown as string)).toThrow(TypeError);
    expect(() => splitSentences(value as unknown as string)).toThrow(named);
  });
});

// ---------------------------------------------------------------------------
// The corpus gold files
// ---------------------------------------------------------------------------

interface GoldSentence {
  start: number;
  end: number;
  text: string;
}

const corpusDir = resolve(import.meta.dirname, '../../corpus');
const corpusFiles = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('corpus gold sentences', () => {
  it('finds the corpus files', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(corpusFiles)('splits %s exactly as its gold file', (name) => {
    const text = readFileSync(join(corpusDir, name), 'utf8');
    const gold = JSON.parse(readFileSync(join(corpusDir, name.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
      sentences: GoldSentence[];
    };
    expect(gold.sentences.length).toBeGreaterThan(0);
    // The gold file itself is consistent with the text.
    for (const s of gold.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    const actual = splitSentences(text).map(({ start, end, text: t }) => ({ start, end, text: t }));
    expect(actual).toEqual(gold.sentences.map(({ start, end, text: t }) => ({ start, end, text: t })));
  });
});
