// Offline checks of manifest.xml: the Office XSDs (libxml2 compiled to WebAssembly, so no system
// package is needed) and the project's own rules (icons exist at their sizes, every resid is
// defined, every string has an en-US override, ribbon functions exist in the commands file).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { validateXML } = require('xmllint-wasm');

const SCHEMA_DIR = path.join(__dirname, '../../schemas/office-addin-manifest');
const ENTRY = 'OfficeAppManifestV1_1.xsd';

async function schemaErrors(xml, fileName = 'manifest.xml') {
  const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
  const read = (f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8');
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [{ fileName: ENTRY, contents: read(ENTRY) }],
    preload: files.filter((f) => f !== ENTRY).map((f) => ({ fileName: f, contents: read(f) })),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage || e.message || String(e));
}

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function projectErrors(xml, root) {
  const errors = [];
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) if (!defined.has(m[1])) errors.push(`resid "${m[1]}" is not defined in <Resources>`);
  for (const m of xml.matchAll(/<bt:Image\s+id="([^"]+)"\s+DefaultValue="https?:\/\/[^/]+\/(assets\/[^"]+)"/g)) {
    const file = path.join(root, m[2]);
    if (!fs.existsSync(file)) { errors.push(`icon ${m[2]} (${m[1]}) does not exist`); continue; }
    const want = Number((/\.(\d+)(?:x\d+)?$/.exec(m[1]) || [])[1]);
    const size = pngSize(file);
    if (!size) errors.push(`${m[2]} is not a PNG`);
    else if (want && (size.width !== want || size.height !== want)) errors.push(`${m[2]} is ${size.width}×${size.height}, declared ${want}`);
  }
  for (const m of xml.matchAll(/DefaultValue="https?:\/\/[^/]+\/(assets\/[^"?]+)"/g)) if (!fs.existsSync(path.join(root, m[1]))) errors.push(`${m[1]} does not exist`);
  for (const m of xml.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)) if (!/Locale="en-US"/.test(m[2])) errors.push(`string ${m[1]} has no en-US override`);
  if (!/<DisplayName[^>]*>\s*<Override Locale="en-US"/.test(xml)) errors.push('DisplayName has no en-US override');
  const commands = path.join(root, 'src/commands/commands.ts');
  const source = fs.existsSync(commands) ? fs.readFileSync(commands, 'utf8') : '';
  for (const m of xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)) {
    // commands.ts passes { validateSheet: …, … } to registerRibbonCommands, which associates each key.
    if (!new RegExp(`^\\s*${m[1]}\\s*:`, 'm').test(source)) errors.push(`ribbon function ${m[1]} is not registered in src/commands/commands.ts`);
  }
  return errors;
}

async function checkManifest(file, root = path.dirname(file)) {
  const xml = fs.readFileSync(file, 'utf8');
  return [...(await schemaErrors(xml, path.basename(file))), ...projectErrors(xml, root)];
}

module.exports = { checkManifest, schemaErrors, projectErrors };
