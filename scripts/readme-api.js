#!/usr/bin/env node
/**
 * Writes the element API from dist/custom-elements.json (which the analyzer
 * builds from the elements' JSDoc), so no page can drift from the code: the
 * README's list of elements, linking to each element's page, and the API
 * section of each page, docs/<name>.md. `--check` only compares and exits 1
 * when a page is out of date. The pages' other sections are written by hand:
 * behaviour and examples.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** The elements in the manifest, by tag. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

export const pageOf = (tagName) => `docs/${tagName.replace(/^kyr-/, '')}.md`;

/** The README's list: one line per element, linking to its page's API section. */
export function apiTables(manifest) {
  const lines = ['| element | what it is | npm entry |', '|---|---|---|'];
  for (const d of elementsOf(manifest)) {
    lines.push(`| [\`<${d.tagName}>\`](${pageOf(d.tagName)}#api) | ${cell(d.summary)} | \`kyr-widgets/${d.tagName.replace(/^kyr-/, '')}.js\` |`);
  }
  return lines.join('\n');
}

/** One element's attributes, events, parts and custom properties. */
export function elementApi(d) {
  const lines = [];
  if (d.attributes?.length) {
    lines.push('| attribute | property | type | default | description |', '|---|---|---|---|---|');
    for (const a of d.attributes) lines.push(`| \`${a.name}\` | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${cell(a.description)} |`);
    lines.push('');
  }
  if (d.events?.length) {
    lines.push('| event | description |', '|---|---|');
    for (const e of d.events) lines.push(`| \`${e.name}\` | ${cell(e.description)} |`);
    lines.push('');
  }
  if (d.cssParts?.length) {
    lines.push('| part | description |', '|---|---|');
    for (const p of d.cssParts) lines.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    lines.push('');
  }
  if (d.cssProperties?.length) {
    lines.push('| custom property | description |', '|---|---|');
    for (const p of d.cssProperties) lines.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

export function withTables(text, tables, where = 'README.md') {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${where} needs the markers ${START} and ${END}`);
  return `${text.slice(0, start + START.length)}\n${tables}\n${text.slice(end)}`;
}

/** Every generated page: path → [what it holds now, what it should hold]. */
export function generatedPages(manifest) {
  const pages = new Map();
  const readme = readFileSync('README.md', 'utf8');
  pages.set('README.md', [readme, withTables(readme, apiTables(manifest))]);
  for (const d of elementsOf(manifest)) {
    const path = pageOf(d.tagName);
    const page = existsSync(path) ? readFileSync(path, 'utf8') : '';
    pages.set(path, [page, withTables(page, elementApi(d), path)]);
  }
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  let stale = 0;
  for (const [path, [now, wanted]] of generatedPages(manifest)) {
    if (now === wanted) continue;
    if (process.argv.includes('--check')) {
      console.error(`${path}: the element API is out of date: run npm run readme`);
      stale++;
    } else {
      writeFileSync(path, wanted);
      console.log(`${path}: element API updated.`);
    }
  }
  process.exit(stale ? 1 : 0);
}
