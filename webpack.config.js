/**
 * Builds the task pane, the ribbon's function file, the help page and the browser demo into
 * dist/. Office.js is copied from @microsoft/office-js and served with the add-in (OFFICE_JS=cdn
 * switches to Microsoft's CDN). ADDIN_URL rewrites the manifest's https://localhost:3000/ for
 * deployment. `webpack serve` runs the HTTPS dev server for sideloading (npm start).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const officeDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

module.exports = async (env = {}, argv = {}) => {
  const production = (argv.mode ?? process.env.NODE_ENV) === 'production';
  const officeJs = process.env.OFFICE_JS === 'cdn' ? OFFICE_CDN : 'office-js/office.js';
  const addinUrl = process.env.ADDIN_URL ? process.env.ADDIN_URL.replace(/\/?$/, '/') : DEV_URL;
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, officeJs, scriptLoading: 'defer', minify: production && { collapseWhitespace: true, removeComments: true } });

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'cheap-module-source-map', // never eval: the add-in runs under CSPs that forbid it
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      demo: './src/demo/main.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; here ES modules keep tree-shaking and lazy chunks.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands', './src/commands/commands.html', ['commands']),
      page('demo', './src/demo/demo.html', ['demo']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/help/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(addinUrl),
          },
          // Office.js and the Excel host scripts it loads next to itself, with each locale's strings.
          // (not for the demo server, which replaces Office with its in-memory fake).
          ...(officeJs === OFFICE_CDN || env.demo
            ? []
            : [
                // Microsoft ships these minified: marked so, Terser does not spend a minute on them again.
                { from: path.join(officeDist, 'office.js'), to: 'office-js/office.js', info: { minimized: true } },
                { from: 'excel*.js', context: officeDist, to: 'office-js/', globOptions: { ignore: ['**/*.debug.js'] }, info: { minimized: true } },
                { from: 'o15apptofilemappingtable.js', context: officeDist, to: 'office-js/', info: { minimized: true } },
                { from: '*/office_strings.js', context: officeDist, to: 'office-js/', info: { minimized: true } },
              ]),
        ],
      }),
    ],
    // html-webpack-plugin minifies the pages; webpack's own HTML minifier would drop attribute quotes.
    optimization: { minimizeOptions: { html: false } },
    // The budget that matters is the task pane's initial JavaScript (200 KB gzipped, `npm run bench`);
    // Office.js and the demo are not loaded by the pane.
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 700 * 1024, maxAssetSize: 700 * 1024, assetFilter: (file) => /^taskpane\..*\.js$/.test(file) },
    devServer: {
      port: Number(process.env.PORT ?? (env.demo ? 3001 : 3000)),
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      devMiddleware: { index: env.demo ? 'demo.html' : 'taskpane.html' },
      allowedHosts: 'all',
      // The demo is a page to look at and to test, not a live-reload session.
      ...(env.demo ? { client: false, hot: false, liveReload: false, webSocketServer: false } : { client: { overlay: false } }),
      ...(env.demo || !env.WEBPACK_SERVE ? {} : { server: { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() } }),
    },
  };
};
