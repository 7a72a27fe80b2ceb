#!/usr/bin/env node
// `npm run test:e2e`: the demo (production build) in Debian's Chromium, driven by playwright-core:
// validate the sample, jump to a finding, highlight and clear, switch language, keyboard use,
// a narrow pane, axe. Saves docs/screenshot.png (the README's picture).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { startDemo } from '../../scripts/demo.mjs';
import { CHROMIUM, runSuite } from './harness.mjs';
import { tests } from './demo.e2e.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

if (!existsSync(CHROMIUM)) {
  console.log(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const demo = await startDemo({ mode: 'production', port: 3101, quiet: true });
let result = { passed: 0, failed: 1 };
try {
  result = await runSuite(demo.url, tests(path.join(root, 'docs/screenshot.png')));
} catch (e) {
  console.log(`browser tests could not run: ${e instanceof Error ? e.message : e}`);
} finally {
  await demo.stop();
}
console.log(`${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed ? 1 : 0);
