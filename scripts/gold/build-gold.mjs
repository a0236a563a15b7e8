// Turns an annotator's draft (mentions in text order, as written) into a gold
// file with UTF-16 offsets, and checks it. No dependencies, no library code:
// annotators who must not see the recognisers can run it.
//
//   node scripts/gold/build-gold.mjs DIR/NAME.draft.json [...]   writes DIR/NAME.gold.json beside DIR/NAME.txt
//   node scripts/gold/build-gold.mjs --check [--warnings] DIR [...]   checks every NAME.gold.json in DIR
//
// Draft layout (every list in text order; strings exactly as written in the text):
//   { "id": "NAME", "date": "2025-06-24" | null, "genre": "...", "region": "...",
//     "entities":  [["Dr. Marco Kuhn", "PER"], ...],
//     "topics":    ["ozg", ...],
//     "relations": [["Dr. Marco Kuhn", "Beigeordneter", "Landkreistags NRW"], ["Anna Schulz", null, "SPD"],
//                   ["Eva Roth", "Leiterin", "Stadt Ulm", { "former": true }], ...],
//     "timex":     [["11. September 2024", "DATE", "2024-09-11"], ["Ende 2025", "DATE", "2025", "END"], ...],
//     "keyphrases": ["Modernisierung der Register", ...] }   (optional; only where asked for)
//
// A mention is searched from the end of the previous mention of its list, at word
// boundaries (a hyphen counts as part of a word, so OZG is not found in OZG-Umsetzung).
// The check then lists every word-bounded occurrence of an annotated entity string that
// no entity span covers: each must be annotated too, or be a deliberate exception.

import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'LAW', 'EVENT', 'PRODUCT'];
const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const MODS = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'];
const TOPICS = [
  'ki',
  'cloud',
  'souveraenitaet',
  'open-source',
  'ozg',
  'efa',
  'it-sicherheit',
  'datenschutz',
  'open-data',
  'e-akte',
  'prozesse',
  'register',
  'identitaet',
  'e-rechnung',
  'personal',
  'finanzierung',
  'kooperation',
  'migration',
  'smart-city',
  'barrierefreiheit',
  'agile',
  'mobiles-arbeiten',
  'blockchain',
];
const WORD = /[\p{L}\p{N}\-]/u;

function isBoundedAt(text, start, end) {
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  return !(before && WORD.test(before)) && !(after && WORD.test(after));
}

function findFrom(text, needle, from) {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (isBoundedAt(text, at, at + needle.length)) return at;
  }
  return -1;
}

function placeInOrder(text, items, label, problems) {
  const placed = [];
  let cursor = 0;
  for (const item of items) {
    const at = findFrom(text, item.text, cursor);
    if (at < 0) {
      problems.push(
        `${label} "${item.text}" not found after offset ${cursor} (wrong order, typo, or not word-bounded)`,
      );
      continue;
    }
    placed.push({ start: at, end: at + item.text.length, ...item });
    cursor = at + item.text.length;
  }
  return placed;
}

function build(draftPath) {
  const draft = JSON.parse(readFileSync(draftPath, 'utf8'));
  const dir = dirname(draftPath);
  const id = draft.id ?? basename(draftPath).replace(/\.draft\.json$/, '');
  const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
  const problems = [];
  const entities = placeInOrder(
    text,
    (draft.entities ?? []).map(([t, type]) => ({ text: t, type })),
    'entity',
    problems,
  ).map(({ start, end, text: t, type }) => ({ start, end, text: t, type }));
  const timex = placeInOrder(
    text,
    (draft.timex ?? []).map(([t, type, value, mod]) => ({ text: t, type, value, ...(mod ? { mod } : {}) })),
    'timex',
    problems,
  ).map(({ start, end, text: t, type, value, mod }) => ({ start, end, text: t, type, value, ...(mod ? { mod } : {}) }));
  const relations = (draft.relations ?? []).map(([person, role, organisation, extra]) => ({
    person,
    role: role ?? null,
    organisation,
    ...(extra?.former ? { former: true } : {}),
  }));
  const gold = {
    id,
    ...(draft.genre !== undefined ? { genre: draft.genre } : {}),
    ...(draft.region !== undefined ? { region: draft.region } : {}),
    date: draft.date ?? null,
    entities,
    topics: draft.topics ?? [],
    relations,
    timex,
    ...(draft.keyphrases ? { keyphrases: draft.keyphrases } : {}),
  };
  const goldPath = join(dir, `${id}.gold.json`);
  writeFileSync(goldPath, formatGold(gold));
  const warnings = [];
  problems.push(...checkGold(gold, text, warnings));
  return { goldPath, problems, warnings };
}

/** One mention per line, so diffs and reviews stay readable. */
function formatGold(gold) {
  const lines = ['{'];
  const keys = Object.keys(gold);
  keys.forEach((key, k) => {
    const value = gold[key];
    const comma = k < keys.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'object') {
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((item, i) => lines.push(`    ${JSON.stringify(item)}${i < value.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** Hard problems (the file is wrong) and warnings (uncovered occurrences, to review). */
function checkGold(gold, text, warnings = []) {
  const problems = [];
  if (text.includes('\r')) problems.push('text contains \\r (use \\n line ends)');
  let previousEnd = -1;
  for (const e of gold.entities ?? []) {
    if (text.slice(e.start, e.end) !== e.text) problems.push(`entity "${e.text}" does not match its offsets`);
    if (!ENTITY_TYPES.includes(e.type)) problems.push(`entity "${e.text}" has unknown type ${e.type}`);
    if (e.start < previousEnd) problems.push(`entity "${e.text}" at ${e.start} overlaps or is out of order`);
    if (e.text !== e.text.trim() || e.text.length === 0) problems.push(`entity "${e.text}" has outer spaces`);
    previousEnd = e.end;
  }
  previousEnd = -1;
  for (const t of gold.timex ?? []) {
    if (text.slice(t.start, t.end) !== t.text) problems.push(`timex "${t.text}" does not match its offsets`);
    if (!TIMEX_TYPES.includes(t.type)) problems.push(`timex "${t.text}" has unknown type ${t.type}`);
    if (typeof t.value !== 'string' || t.value.length === 0) problems.push(`timex "${t.text}" has no value`);
    if (t.mod !== undefined && !MODS.includes(t.mod)) problems.push(`timex "${t.text}" has unknown mod ${t.mod}`);
    if (t.start < previousEnd) problems.push(`timex "${t.text}" at ${t.start} overlaps or is out of order`);
    previousEnd = t.end;
  }
  for (const topic of gold.topics ?? []) if (!TOPICS.includes(topic)) problems.push(`unknown topic id ${topic}`);
  const entityTexts = new Map((gold.entities ?? []).map((e) => [e.text, e.type]));
  for (const r of gold.relations ?? []) {
    if (entityTexts.get(r.person) !== 'PER') problems.push(`relation person "${r.person}" is no PER mention`);
    if (r.organisation === null)
      warnings.push(`relation of "${r.person}" without organisation (no relation per the guidelines)`);
    else if (!entityTexts.has(r.organisation)) {
      // An organisation inside a compound role (AKDB-Vorstandsmitglied) is no entity mention but still a partner.
      if (text.includes(`${r.organisation}-`))
        warnings.push(`relation organisation "${r.organisation}" only in a compound`);
      else problems.push(`relation organisation "${r.organisation}" is no entity mention`);
    }
  }
  const pairs = new Set((gold.relations ?? []).map((r) => `${r.person}\t${r.organisation}`));
  if (pairs.size !== (gold.relations ?? []).length) problems.push('a (person, organisation) pair is listed twice');
  if (gold.date !== null && gold.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(gold.date)) {
    problems.push(`date ${gold.date} is not YYYY-MM-DD`);
  }
  for (const mentionText of entityTexts.keys()) {
    for (let at = findFrom(text, mentionText, 0); at >= 0; at = findFrom(text, mentionText, at + 1)) {
      const covered = (gold.entities ?? []).some((e) => e.start <= at && at + mentionText.length <= e.end);
      if (!covered)
        warnings.push(
          `uncovered occurrence of "${mentionText}" at ${at}: annotate it or confirm it is no entity there`,
        );
    }
  }
  return problems;
}

function checkDir(dir) {
  let count = 0;
  let withProblems = 0;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.gold.json'))
    .sort()) {
    const id = name.slice(0, -'.gold.json'.length);
    const textPath = join(dir, `${id}.txt`);
    if (!existsSync(textPath)) {
      console.log(`${dir}/${name}: no ${id}.txt`);
      withProblems++;
      continue;
    }
    const warnings = [];
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const problems = checkGold(gold, readFileSync(textPath, 'utf8'), warnings);
    if (showWarnings) for (const w of warnings) console.log(`${dir}/${name}: warning: ${w}`);
    count++;
    if (problems.length) {
      withProblems++;
      for (const p of problems) console.log(`${dir}/${name}: ${p}`);
    }
  }
  console.log(`${dir}: ${count} gold files, ${withProblems} with problems`);
  return withProblems;
}

const showWarnings = process.argv.includes('--warnings');
const args = process.argv.slice(2).filter((a) => a !== '--warnings');
let failures = 0;
if (args[0] === '--check') {
  for (const dir of args.slice(1)) failures += checkDir(dir);
} else if (args.length === 0) {
  console.error('usage: node scripts/gold/build-gold.mjs DIR/NAME.draft.json [...] | --check DIR [...]');
  process.exit(2);
} else {
  for (const draftPath of args) {
    const { goldPath, problems, warnings } = build(draftPath);
    console.log(`${goldPath}: ${problems.length} problems, ${warnings.length} warnings`);
    for (const p of problems) console.log(`  problem: ${p}`);
    for (const w of warnings) console.log(`  warning: ${w}`);
    if (problems.length) failures++;
  }
}
process.exit(failures ? 1 : 0);
