// natural ships no types for its per-language submodules; we import only the
// German Snowball stemmer so that natural's root (databases, dotenv) is never loaded.
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const PorterStemmerDe: { stem(word: string): string };
  export default PorterStemmerDe;
}
