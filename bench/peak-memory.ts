// npx tsx bench/peak-memory.ts SYSTEM DOCUMENTS_JSON
//
// One system in this fresh process: loads it, reads the documents (a JSON array
// of strings), runs the system's call on each in turn, and prints
// {"loadedRssMb", "peakRssMb"} as JSON.
// SYSTEM is "govtext-de" (extract(), the full record) or an id of bench/peers.ts.
// npm run bench starts it once per system, so no system's memory counts
// against another's.

import { readFileSync } from 'node:fs';
import { PEER_SYSTEMS } from './peers.js';

const [systemId, documentsFile] = process.argv.slice(2);
if (systemId === undefined || documentsFile === undefined) {
  process.stderr.write('usage: tsx bench/peak-memory.ts SYSTEM DOCUMENTS_JSON\n');
  process.exit(2);
}

async function loadSystem(id: string): Promise<(text: string) => unknown> {
  if (id === 'govtext-de') {
    const { createExtractor } = await import('../src/index.js');
    const extractor = createExtractor();
    return (text) => extractor.extract(text);
  }
  const peer = PEER_SYSTEMS.find((system) => system.id === id);
  if (peer === undefined)
    throw new Error(
      `unknown system "${id}"; expected govtext-de or one of ${PEER_SYSTEMS.map((s) => s.id).join(', ')}`,
    );
  return peer.load();
}

const run = await loadSystem(systemId);
run('Dr. Marco Kuhn sprach in Berlin über das OZG.');
const loadedRssMb = process.memoryUsage().rss / 2 ** 20;
for (const document of JSON.parse(readFileSync(documentsFile, 'utf8')) as string[]) run(document);
process.stdout.write(JSON.stringify({ loadedRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
