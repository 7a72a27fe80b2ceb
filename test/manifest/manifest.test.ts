import { readFileSync } from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, schemaErrors } = require('../../scripts/lib/manifest-check.cjs');

const root = path.join(__dirname, '../..');

test('manifest.xml is valid against the Office XSDs and passes the project checks, offline', async () => {
  expect(await checkManifest(path.join(root, 'manifest.xml'), root)).toEqual([]);
});

test('the manifest declares Excel, ExcelApi 1.13, a Home-tab group and Vietnamese with English overrides', () => {
  const xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  expect(xml).toMatch(/<Host Name="Workbook"\/>/);
  expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.13"\/>/);
  expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  expect(xml).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
  expect(xml.match(/<FunctionName>/g)).toHaveLength(3);
});

test('a manifest with elements out of order is rejected', async () => {
  const xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8').replace(/(<Id>[^<]+<\/Id>)\s*(<Version>[^<]+<\/Version>)/, '$2$1');
  const errors = await schemaErrors(xml);
  expect(errors.join('\n')).toMatch(/Version|not expected/);
});
