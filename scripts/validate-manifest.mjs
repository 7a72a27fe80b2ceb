// `npm run validate:manifest`: manifest.xml against the Office XSDs, offline, plus project checks.
// The online check stays `npx office-addin-manifest validate manifest.xml` (it posts to Microsoft).
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { checkManifest } = require('./lib/manifest-check.cjs');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, process.argv[2] || 'manifest.xml');
const errors = await checkManifest(file, root);
if (errors.length) {
  console.error(`manifest: ${errors.length} problem(s) in ${path.relative(root, file)}`);
  for (const e of errors) console.error('  - ' + e);
  process.exit(1);
}
console.log(`manifest: ${path.relative(root, file)} is valid (Office XSD schema 1.1, offline) and passes the project checks`);
