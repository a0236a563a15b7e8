// govtext report RECORDS.jsonl -o report.html: the corpus report of
// src/render/corpus-report.ts for a file of records. Loaded only when the
// command runs, so vega stays out of every other command's start-up.

import { basename } from 'node:path';
import { renderReport } from '../render/corpus-report.js';
import { createCorpusSummary } from '../corpus/corpus-summary.js';
import { writeWholeFile } from './faults.js';
import { readRecordLines } from './record-lines.js';
import { noRecords } from './stats.js';

export interface ReportCommandOptions {
  records: string;
  output: string | undefined;
  title: string | undefined;
  top: number;
}

export async function reportCommand(options: ReportCommandOptions): Promise<number> {
  const summary = createCorpusSummary({ topEntities: options.top });
  let failed = 0;
  let malformed = 0;
  for await (const item of readRecordLines(options.records)) {
    if ('record' in item) {
      summary.add(item.record);
      continue;
    }
    summary.skip();
    if ('failed' in item) {
      failed++;
    } else {
      malformed++;
      process.stderr.write(`govtext report: ${options.records}:${item.line}: skipped, ${item.malformed}\n`);
    }
  }
  const result = summary.result();
  if (result.documents === 0) {
    process.stderr.write(`govtext report: ${noRecords(options.records, failed + malformed)}\n`);
    return 1;
  }
  const page = await renderReport(result, { title: options.title, subtitle: basename(options.records) });
  if (options.output === undefined) {
    process.stdout.write(page);
  } else {
    writeWholeFile(options.output, page);
  }
  process.stderr.write(
    `govtext report: ${result.documents} documents reported${options.output === undefined ? ' on standard output' : ` in ${options.output}`}` +
      (failed + malformed > 0 ? `; skipped ${failed} error lines and ${malformed} malformed lines` : '') +
      '\n',
  );
  return failed + malformed > 0 ? 1 : 0;
}
