// Shared by the browser tests: Debian's Chromium driven by playwright-core
// (never a downloaded browser), pages made by the built govtext command, and
// the folder the screenshots go to. Without /usr/bin/chromium or dist/ the
// tests are skipped with a message saying why.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { ROOT } from '../helpers.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CLI = join(ROOT, 'dist', 'cli.js');
export const SCREENSHOTS = join(ROOT, 'out', 'screenshots');

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserTestsUnavailable(file: string): string | undefined {
  const missing = !existsSync(CHROMIUM)
    ? `${CHROMIUM} is not installed (apt-get install -y --no-install-recommends chromium; .ci/run does this)`
    : !existsSync(CLI)
      ? 'dist/cli.js is not built (npm run build)'
      : undefined;
  if (missing) console.warn(`${file}: skipping the browser tests: ${missing}`);
  return missing;
}

export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // playwright-core starts it headless with a fresh temporary profile; the flags keep it off the network.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function govtext(args: string[]): void {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`govtext ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
}

export const fileUrl = (path: string): string => `file://${path}`;
