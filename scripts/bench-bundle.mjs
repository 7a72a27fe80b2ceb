// Bundle bench: builds the add-in (production) and prints the gzipped size of the task pane's
// initial JavaScript (what Excel loads before the pane shows; budget 200 KB), of the chunks
// loaded later (index panel, dataset), of the ribbon's function file and of the demo.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist');
const gz = (f) => gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const scriptsOf = (page) => [...readFileSync(path.join(dist, page), 'utf8').matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((s) => !/office-js|^https?:/.test(s));

export async function run() {
  execSync('npx webpack --mode production', { stdio: 'ignore' });
  const initial = scriptsOf('taskpane.html');
  const all = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const lazy = all.filter((f) => !initial.includes(f) && !/^(commands|demo)\./.test(f));
  console.log('Bundle: gzipped JavaScript (level 9), production build');
  console.log(`  task pane, initial      ${kb(initial.reduce((n, f) => n + gz(f), 0)).padStart(10)}   (${initial.join(', ')}; budget 200 KB)`);
  for (const f of lazy) console.log(`  loaded later           ${kb(gz(f)).padStart(10)}   ${f}`);
  for (const page of ['commands.html', 'demo.html']) console.log(`  ${page.padEnd(22)} ${kb(scriptsOf(page).reduce((n, f) => n + gz(f), 0)).padStart(10)}`);
}
