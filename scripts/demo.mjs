#!/usr/bin/env node
// `npm run demo`: compiles the add-in with the demo page and serves it on http://localhost:3001/
// (or the next free port; PORT=… to choose): the real task pane beside a simulated workbook,
// no Excel needed. DEMO_MODE=production serves the production build (the browser tests do).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

const require = createRequire(import.meta.url);

/** Starts the demo server; resolves with its URL once the first compilation is served. */
export async function startDemo({ mode = 'development', port = Number(process.env.PORT ?? 3001), quiet = false } = {}) {
  const config = await require('../webpack.config.js')({ demo: true, WEBPACK_SERVE: true }, { mode });
  if (quiet) config.infrastructureLogging = { level: 'warn' };
  if (quiet) config.stats = 'errors-warnings';
  const compiler = webpack(config);
  const freePort = await WebpackDevServer.getFreePort(port, '127.0.0.1');
  const server = new WebpackDevServer({ ...config.devServer, host: '127.0.0.1', port: freePort, open: false }, compiler);
  const compiled = new Promise((resolve, reject) =>
    compiler.hooks.done.tap('phuluc-demo', (stats) => (stats.hasErrors() ? reject(new Error(stats.toString('errors-only'))) : resolve())),
  );
  await server.start();
  await compiled;
  return { url: `http://localhost:${freePort}/`, stop: () => server.stop() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { url } = await startDemo({ mode: process.env.DEMO_MODE ?? 'development' });
    console.log(`\nBản dùng thử / Demo: ${url}\n(Ctrl+C để dừng / to stop)`);
  } catch (e) {
    console.error(`phuluc demo: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
