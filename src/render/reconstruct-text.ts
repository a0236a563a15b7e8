// When the original text cannot be found, a stand-in rebuilt from what the
// record itself holds — entity mentions, topic evidence, tokens when present —
// at their true offsets, so the record's spans still fit. The rest of each
// sentence shows as "…", and the gaps between sentences as line breaks.

import type { DocumentRecord } from '../record.js';

export function reconstructText(record: DocumentRecord): string {
  const spans: { start: number; text: string }[] = [
    ...record.entities,
    ...record.topics.flatMap((topic) => topic.evidence),
    ...(record.tokens ?? []),
  ];
  let length = record.stats.characters;
  for (const span of spans) length = Math.max(length, span.start + span.text.length);

  const units: string[] = new Array<string>(length).fill('\n');
  const known = new Uint8Array(length);
  for (const span of spans) {
    for (let i = 0; i < span.text.length; i++) {
      units[span.start + i] = span.text[i]!;
      known[span.start + i] = 1;
    }
  }
  for (const sentence of record.sentences) {
    for (let i = sentence.start; i < Math.min(sentence.end, length); i++) {
      if (known[i]) continue;
      units[i] = i === sentence.start || known[i - 1] ? '…' : ' ';
    }
  }
  return units.join('');
}
