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
};
