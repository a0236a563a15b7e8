// The import rules of src/ (docs/architecture.md, "Floors"), checked by
// npm run check:imports and in .ci/run. Type-only imports count too.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'No import cycle anywhere in src/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'text-imports-nothing-above',
      comment:
        'src/text/ (tokens, sentences, forms) is the ground floor: it imports only itself and src/input.ts, which imports nothing.',
      severity: 'error',
      from: { path: '^src/text/' },
      to: { path: '^src/', pathNot: ['^src/text/', '^src/input[.]ts$'] },
    },
    {
      name: 'patterns-plug-into-the-core',
      comment: 'src/entities/patterns/ imports the entity core; the core never imports patterns/.',
      severity: 'error',
      from: { path: '^src/entities/', pathNot: '^src/entities/patterns/' },
      to: { path: '^src/entities/patterns/' },
    },
    {
      name: 'stages-receive-their-language',
      comment:
        'Stages get what they know about a language from the value the pipeline hands them, never from src/lang/ themselves; only the ner entry (shipped-model.ts) defaults to the German model that ships with it.',
      severity: 'error',
      from: { path: '^src/(text|entities|topics|corpus|render)/', pathNot: '^src/entities/model/shipped-model[.]ts$' },
      to: { path: '^src/lang/' },
    },
    {
      name: 'language-data-through-lang-de',
      comment: "The data files of src/lang/de are read only by src/lang/de's own modules.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/lang/de/[^/]+[.]ts$' },
      to: { path: '^src/lang/de/.+[.]json$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
