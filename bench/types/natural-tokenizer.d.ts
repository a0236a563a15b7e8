// natural ships no types for its per-language submodules; the bench imports only
// the German word tokenizer so that natural's root (databases, dotenv) never loads.
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_de.js' {
  export default class AggressiveTokenizerDe {
    tokenize(text: string): string[];
  }
}
