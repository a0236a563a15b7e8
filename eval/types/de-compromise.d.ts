// de-compromise ships no types; the evaluation uses only nlp(text).json().
declare module 'de-compromise' {
  interface View {
    json(options?: { offset?: boolean }): unknown[];
  }
  const nlp: (text: string) => View;
  export default nlp;
}
