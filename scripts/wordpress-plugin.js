#!/usr/bin/env node
/**
 * `npm run wordpress`: the WordPress plugin as an installable zip,
 * dist/kyr-widgets-wordpress.zip. It holds the plugin's own files
 * (wordpress/kyr-widgets/), the built bundle with its parts, languages and
 * published data, and assets/elements.json: each element's attributes read
 * from the custom elements manifest, so the blocks' settings and the
 * shortcodes' attributes are the elements' own.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import zlib from 'node:zlib';

const staging = 'dist/wordpress/kyr-widgets';
export const pluginZip = 'dist/kyr-widgets-wordpress.zip';

/** Setting labels a site editor knows, where the attribute's own name would not say it. */
const labels = { jurisdiction: 'Place', locale: 'Language', 'exit-href': 'Quick exit goes to', href: 'Quick exit goes to', 'help-href': '"Find help" link' };
/** Set once for the whole site on the settings page, not per block. */
const siteWide = new Set(['data-src']);

const sentence = (name) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** `'tabs' | 'sections'` → the two choices; any other type text → none. */
function literalChoices(typeText = '') {
  const parts = typeText.split('|').map((part) => part.trim());
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => ({ value: part.slice(1, -1), label: part.slice(1, -1) })) : undefined;
}

function settingFor(attribute) {
  const typeText = attribute.type?.text ?? 'string';
  const type = typeText === 'boolean' ? 'boolean' : typeText === 'number' ? 'number' : 'string';
  const setting = {
    attribute: attribute.name,
    key: attribute.fieldName ?? attribute.name,
    label: labels[attribute.name] ?? sentence(attribute.name),
    // Shown as plain text under the setting: the JSDoc's `code` marks would show as backticks.
    description: (attribute.description ?? '').replace(/`([^`]*)`/g, '$1').replace(/\s+/g, ' ').trim(),
    type,
  };
  if (attribute.default !== undefined && attribute.default !== 'undefined' && attribute.default !== 'null') {
    setting.default = JSON.parse(attribute.default.replace(/^'(.*)'$/, (_, text) => JSON.stringify(text)));
  }
  const options = literalChoices(typeText);
  if (options) setting.options = options;
  if (/href$/.test(attribute.name)) setting.url = true;
  return setting;
}

/** What the plugin reads: the elements with their settings, and the places and languages to choose from. */
export function pluginDefinitions(manifest, catalog) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((declaration) => ({
      tag: declaration.tagName,
      block: declaration.tagName.replace(/^kyr-/, ''),
      title: sentence(declaration.tagName.replace(/^kyr-/, '')),
      description: declaration.summary ?? '',
      usesData: (declaration.attributes ?? []).some((attribute) => attribute.name === 'data-src'),
      settings: (declaration.attributes ?? []).filter((attribute) => !siteWide.has(attribute.name)).map(settingFor),
    }));
  const languageName = new Intl.DisplayNames(['en'], { type: 'language' });
  const places = catalog.jurisdictions
    .filter((place) => place.id !== 'global')
    .map((place) => ({ id: place.id, name: place.names?.en ?? place.id }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const codes = [...new Set(catalog.jurisdictions.flatMap((place) => place.locales.map((locale) => locale.code)))];
  const languages = codes.map((code) => ({ code, name: `${languageName.of(code)} (${code})` })).sort((a, b) => a.name.localeCompare(b.name));
  return { elements, places, languages };
}

// ---- a zip of stored folders, deflated (no zip program needed) ----
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function writeZip(zipPath, root, prefix) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of filesUnder(root).sort()) {
    const name = Buffer.from(`${prefix}/${relative(root, file)}`);
    const data = readFileSync(file);
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(0x00210000, 10); // 1980-01-01: the same bytes from the same files
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made on Unix, so the mode below counts
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(header, name, packed);
    centrals.push(central, name);
    offset += header.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(zipPath, Buffer.concat([...locals, directory, end]));
}

function build() {
  for (const needed of ['dist/kyr-widgets.js', 'dist/data/catalog.json', 'dist/custom-elements.json']) {
    try {
      statSync(needed);
    } catch {
      throw new Error(`${needed} is missing: run "npm run build" first.`);
    }
  }
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  rmSync('dist/wordpress', { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  cpSync('wordpress/kyr-widgets', staging, { recursive: true });
  // The plugin's version is the package's: stamped here, written nowhere else.
  for (const [file, pattern] of [['kyr-widgets.php', /^( \* Version:\s+).*$/m], ['readme.txt', /^(Stable tag:\s+).*$/m]]) {
    const path = join(staging, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(pattern, `$1${version}`));
  }
  const assets = join(staging, 'assets');
  mkdirSync(assets);
  cpSync('dist/kyr-widgets.js', join(assets, 'kyr-widgets.js'));
  cpSync('dist/parts', join(assets, 'parts'), { recursive: true });
  // The quick exit's own script and its messages are not used here: the bundle holds the exit.
  cpSync('dist/locales', join(assets, 'locales'), { recursive: true, filter: (source) => !/kyr-exit-/.test(source) });
  cpSync('dist/data', join(assets, 'data'), { recursive: true });
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const catalog = JSON.parse(readFileSync('dist/data/catalog.json', 'utf8'));
  writeFileSync(join(assets, 'elements.json'), `${JSON.stringify(pluginDefinitions(manifest, catalog), null, 1)}\n`);
  rmSync(pluginZip, { force: true });
  writeZip(pluginZip, staging, 'kyr-widgets');
  console.log(`${pluginZip}: ${(statSync(pluginZip).size / 1024).toFixed(0)} kB. Install it in WordPress under Plugins → Add New → Upload Plugin.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    build();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
