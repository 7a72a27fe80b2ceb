#!/usr/bin/env node
// Entry point of the `phuluc` CLI: the compiled TypeScript lives in build/ (npm ci runs `prepare`).
'use strict';
let main;
try {
  ({ main } = require('../build/cli/main.js'));
} catch (e) {
  process.stderr.write('phuluc: chưa biên dịch CLI — chạy "npm run build:cli" / CLI not built: run "npm run build:cli"\n');
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
