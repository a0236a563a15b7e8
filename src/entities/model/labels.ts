// The model's label set: entity classes of every training corpus in one BIO tag
// space, the domains (one per corpus) that restrict it, and which classes the
// library emits. Tag 0 is O; class k has B = 1 + 2k and I = 2 + 2k.

import type { EntityType } from '../../record.js';

/**
 * Model classes: GermEval 2014's four (PER, ORG, LOC, OTH), LER's coarse legal
 * classes (LAW = LER's NRM, REG, RS, LIT), the library's EVENT and PRODUCT,
 * and GermEval's -deriv and -part labels (`deutschen`, `EU-Beschluss`).
 * PER, ORG and LOC are shared by every domain.
 */
export const MODEL_CLASSES = [
  'PER',
  'ORG',
  'LOC',
  'OTH',
  'LAW',
  'REG',
  'RS',
  'LIT',
  'EVENT',
  'PRODUCT',
  'PERderiv',
  'PERpart',
  'ORGderiv',
  'ORGpart',
  'LOCderiv',
  'LOCpart',
  'OTHderiv',
  'OTHpart',
] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

export const TAG_COUNT = 1 + 2 * MODEL_CLASSES.length;

/**
 * A domain is the label set one corpus annotates. Decoding is restricted to it,
 * so GermEval's OTH and LER's LAW never compete for the same law name:
 * news (GermEval 2014, outer column), legal (German LER, coarse), mobility
 * (MobIE), reports (the project's own annotated reports).
 */
export const DOMAINS = {
  news: [
    'PER',
    'ORG',
    'LOC',
    'OTH',
    'PERderiv',
    'PERpart',
    'ORGderiv',
    'ORGpart',
    'LOCderiv',
    'LOCpart',
    'OTHderiv',
    'OTHpart',
  ],
  legal: ['PER', 'ORG', 'LOC', 'LAW', 'REG', 'RS', 'LIT'],
  mobility: ['PER', 'ORG', 'LOC'],
  reports: ['PER', 'ORG', 'LOC', 'LAW', 'EVENT', 'PRODUCT'],
} as const satisfies Record<string, readonly ModelClass[]>;
export type Domain = keyof typeof DOMAINS;
export const DOMAIN_NAMES = Object.keys(DOMAINS) as Domain[];

/** Numbers the domains for their feature copies (features.ts domainKey). */
export const DOMAIN_IDS: Record<Domain, number> = { news: 0, legal: 1, mobility: 2, reports: 3 };

/** What the library reports for a model class; classes without a library type are not reported. */
export const LIBRARY_TYPES: Partial<Record<ModelClass, EntityType>> = {
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  LAW: 'LAW',
  EVENT: 'EVENT',
  PRODUCT: 'PRODUCT',
};

export function classIndex(name: ModelClass): number {
  return MODEL_CLASSES.indexOf(name);
}

export const beginTag = (classId: number): number => 1 + 2 * classId;
export const insideTag = (classId: number): number => 2 + 2 * classId;
/** The class of a B or I tag; -1 for O. */
export const classOfTag = (tag: number): number => (tag === 0 ? -1 : (tag - 1) >> 1);
export const isInsideTag = (tag: number): boolean => tag !== 0 && (tag & 1) === 0;

/** The full-space tags a domain allows, O first, then B and I of each class in model order. */
export function domainTags(domain: Domain): number[] {
  const tags = [0];
  for (const name of DOMAINS[domain]) tags.push(beginTag(classIndex(name)), insideTag(classIndex(name)));
  return tags.sort((a, b) => a - b);
}
