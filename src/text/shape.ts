// The letter shape of a token as bits: capitalised, all capitals, inner
// capitals, lower-case initial, with a digit.

import { isLower, isUpper } from './char-class.js';

export const enum Shape {
  /** First character is an upper-case letter. */
  Capitalised = 1,
  /** Two or more letters, none lower case: `OZG`, `NRW`, `ELSTER`. */
  AllCaps = 2,
  /** Upper-case letters after the first character: `XRechnung`, `EGovG`, `BundID`. */
  InnerCapitals = 4,
  /** First character is a lower-case letter. */
  LowerInitial = 8,
  /** Contains a digit. */
  HasDigit = 16,
}

export function shapeOf(text: string): number {
  let shape = 0;
  let letters = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) shape |= Shape.HasDigit;
    else if (isUpper(code)) {
      letters++;
      if (i === 0) shape |= Shape.Capitalised;
      else shape |= Shape.InnerCapitals;
    } else if (isLower(code)) {
      letters++;
      lower++;
      if (i === 0) shape |= Shape.LowerInitial;
    }
  }
  if (letters >= 2 && lower === 0) shape |= Shape.AllCaps;
  return shape;
}
