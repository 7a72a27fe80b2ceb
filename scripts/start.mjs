#!/usr/bin/env node
// `npm start`: the HTTPS dev server on https://localhost:3000 (certificates from
// office-addin-dev-certs), then sideload manifest.xml into Excel desktop with
// office-addin-debugging where Excel is installed. On a machine without Excel (Linux, CI) it
// serves only; sideload into Excel on the web by uploading manifest.xml (see README).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const server = spawn('npx', ['webpack', 'serve', '--mode', 'development'], { stdio: 'inherit', shell: process.platform === 'win32' });
server.on('exit', (code) => process.exit(code ?? 0));

let debugging = null;
try {
  debugging = require.resolve('office-addin-debugging/cli.js');
} catch {
  // optional dependency: absent where it cannot install
}
if (debugging && (process.platform === 'win32' || process.platform === 'darwin')) {
  spawn(process.execPath, [debugging, 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', '3000'], { stdio: 'inherit' });
} else {
  console.log('\nphuluc: máy này không có Excel để nạp thử tự động; tải manifest.xml lên Excel trên web (xem README).');
  console.log('phuluc: no Excel on this machine to sideload into; upload manifest.xml to Excel on the web (see README).\n');
}
