// How each entity type looks in the pages: label and colours (Okabe–Ito hues,
// distinguishable with the common colour-vision deficiencies), one table for
// the document view, the report and its charts.

import type { EntityType } from '../record.js';

export interface EntityStyle {
  label: string;
  /** Border, label and chart colour. */
  colour: string;
  /** Background of a highlighted mention. */
  tint: string;
}

export const ENTITY_STYLES: Record<EntityType, EntityStyle> = {
  PER: { label: 'Person', colour: '#0072b2', tint: '#dcecf7' },
  ORG: { label: 'Organisation', colour: '#009e73', tint: '#d9f2ea' },
  LOC: { label: 'Place', colour: '#b87d00', tint: '#fbeccb' },
  LAW: { label: 'Law, programme', colour: '#b4478f', tint: '#f6e0ee' },
  EVENT: { label: 'Event', colour: '#6a4fc8', tint: '#e8e3f8' },
  PRODUCT: { label: 'Product, standard', colour: '#d55e00', tint: '#fbe2d2' },
};
