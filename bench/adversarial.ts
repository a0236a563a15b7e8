// Inputs built to make a tokenizer or splitter go super-linear. Each is run at
// two sizes; time(2x) / time(1x) near 2 means linear. Used by bench/run.ts.

export const ADVERSARIAL_INPUTS: Record<string, (size: number) => string> = {
  'dotted chain a.a.a.': (n) => 'a.'.repeat(n / 2),
  'underscore chain a_a_a_': (n) => 'a_'.repeat(n / 2),
  'hyphen chain a-a-a-': (n) => 'a-'.repeat(n / 2),
  'colon chain a:a:a:': (n) => 'a:'.repeat(n / 2),
  'digits and dots 1.1.1.': (n) => '1.'.repeat(n / 2),
  'ordinals 1. 1. 1.': (n) => '1. '.repeat(n / 3),
  'abbreviation prefixes z. z. z.': (n) => 'z. '.repeat(n / 3),
  'at signs a@a@a@': (n) => 'a@'.repeat(n / 2),
  'one long URL': (n) => 'https://' + 'a'.repeat(n - 8),
  'quotes and terminals !“!“': (n) => '!“'.repeat(n / 2),
  'one-letter lines a⏎': (n) => 'a\n'.repeat(n / 2),
  'blank lines ⏎⏎': (n) => '\n'.repeat(n),
  'one long word': (n) => 'a'.repeat(n),
  'soft hyphens a\u00ad': (n) => 'a\u00ad'.repeat(n / 2),
  'lone surrogates': (n) => '\ud800'.repeat(n),
  // Entity patterns: runs of the words they extend over.
  'titles Dr. Dr. Dr.': (n) => 'Dr. '.repeat(n / 4),
  'capitalised words A B C': (n) => 'Abc '.repeat(n / 4),
  'first names Anna Anna': (n) => 'Anna '.repeat(n / 5),
  'municipal heads Stadt Stadt': (n) => 'Stadt '.repeat(n / 6),
  'organisation chain für A und B': (n) => 'Ministerium für ' + 'Arbeit und Soziales, '.repeat(n / 21),
  'event heads 1. Forum 2024': (n) => '1. Forum 2024 '.repeat(n / 14),
  'brackets after names (A/B/C)': (n) => 'Anna Beispiel (' + 'Abc/'.repeat(n / 4) + ')',
  'gazetteer prefixes Bundesamt für': (n) => 'Bundesamt für Sicherheit in der '.repeat(n / 32),
  // Time expressions: digits, dots, month names and range words repeated (issue 18).
  'numeric dates 11.09.2024 ': (n) => '11.09.2024 '.repeat(n / 11),
  'day ordinals and months 1. März ': (n) => '1. März '.repeat(n / 9),
  'month names März März': (n) => 'März '.repeat(n / 5),
  'years and bis 2023 bis ': (n) => '2023 bis '.repeat(n / 9),
  'day ranges 1.–2. 1.–2. ': (n) => '1.–2. '.repeat(n / 6),
  'clock times 10 bis 10 Uhr': (n) => '10 bis 10 Uhr '.repeat(n / 14),
  'part words Ende Ende des Jahres': (n) => 'Ende '.repeat(n / 10) + 'des Jahres '.repeat(n / 22),
  'weekdays Montag, Montag,': (n) => 'am Montag, '.repeat(n / 11),
  'durations drei drei Jahre': (n) => 'rund drei '.repeat(n / 10) + 'Jahre',
  'dated events 1. Forum am 1. März': (n) =>
    'Das 1. Forum 2024 fand am 1. März 2024 in Kiel statt, Veranstalter: Stadt Kiel. '.repeat(n / 80),
};
