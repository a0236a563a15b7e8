// The German NER model that ships with the library (src/lang/de/model), decoded
// on first use and kept for the process.

import packed from './model/ner-model.json';
import { loadNerModel } from '../../entities/model/load.js';
import type { NerModel } from '../../entities/model/model.js';
import type { PackedNerModel } from '../../entities/model/packed.js';

let builtIn: NerModel | undefined;

/** The built-in model (GermEval 2014 + German LER, see src/lang/de/model/NOTICE.md). */
export function germanNerModel(): NerModel {
  builtIn ??= loadNerModel(packed as PackedNerModel);
  return builtIn;
}
