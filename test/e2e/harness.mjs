// A small sequential runner for the browser tests: each test gets a fresh browser context on
// the demo page; failures print their message and a screenshot path; the last line is
// "N passed, M failed" (read by .ci/run).
import { chromium } from 'playwright-core';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// As root in a container Chromium needs --no-sandbox; the others keep it off the closed network.
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function runSuite(url, tests) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  let passed = 0;
  let failed = 0;
  try {
    for (const [name, fn] of tests) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const t0 = Date.now();
      try {
        await fn({ page, context, url, errors });
        if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
        passed++;
        console.log(`✓ ${name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        const shot = path.join(os.tmpdir(), `phuluc-e2e-${failed}.png`);
        await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
        console.log(`✗ ${name}\n    ${String(e instanceof Error ? e.message : e).split('\n').join('\n    ')}\n    screenshot: ${shot}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { passed, failed };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
