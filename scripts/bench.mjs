// `npm run bench`: prints the engine's speed and memory, the adapter's sync counts and request
// sizes, and the task pane's bundle size. Figures only; no pass/fail thresholds in unit tests.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

execSync('npm run -s build:cli', { stdio: 'inherit' });
const { run: engine } = await import('./bench/engine.mjs');
await engine();
for (const [name, file] of [['adapter', './bench/adapter.mjs'], ['bundle', './bench-bundle.mjs']]) {
  if (!existsSync(new URL(file, import.meta.url))) { console.log(`\n(${name} bench not available: ${file} missing)`); continue; }
  console.log('');
  const mod = await import(file);
  if (typeof mod.run === 'function') await mod.run();
}
