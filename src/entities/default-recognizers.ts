// The recognisers extract() runs by default, in order. None ship yet: the
// gazetteers, patterns and the statistical model join here as they land.

import type { EntityRecognizer } from './recognizer.js';

export function defaultRecognizers(): EntityRecognizer[] {
  return [];
}
