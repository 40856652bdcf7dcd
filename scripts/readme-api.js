#!/usr/bin/env node
/**
 * Writes the README's element tables from dist/custom-elements.json, which the
 * analyzer builds from the elements' JSDoc, so the README cannot drift from the
 * code. `--check` only compares and exits 1 when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

export function apiTables(manifest) {
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
  const lines = ['| element | what it is | npm entry |', '|---|---|---|'];
  for (const { declaration } of elements) {
    const entry = declaration.tagName.replace(/^kyr-/, '');
    lines.push(`| \`<${declaration.tagName}>\` | ${cell(declaration.summary)} | \`kyr-widgets/${entry}.js\` |`);
  }
  for (const { declaration: d } of elements) {
    lines.push('', `### \`<${d.tagName}>\``, '', cell(d.summary), '');
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
  }
  return lines.join('\n').trimEnd();
}

export function withTables(readme, tables) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${tables}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const updated = withTables(readme, apiTables(manifest));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md element tables are out of date: run npm run readme');
      process.exit(1);
    }
  } else if (updated !== readme) {
    writeFileSync('README.md', updated);
    console.log('README.md element tables updated.');
  }
}
