// The element API is written once, in the elements' JSDoc: the README's list of
// elements and each element's API section in docs/ are generated from the
// manifest, and no page may name an attribute, event, part or custom property
// that the manifest does not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { elementsOf, generatedPages, pageOf } from '../../scripts/readme-api.js';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = new Map(elementsOf(manifest).map((d) => [d.tagName, d]));
const names = (list) => new Set((list ?? []).map((item) => item.name));
const pages = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'wordpress/kyr-widgets/readme.txt'];
/** Attributes any HTML element has, which a page may use on a kyr tag. */
const globalAttributes = new Set(['id', 'class', 'lang', 'dir', 'hidden', 'style', 'slot', 'title', 'tabindex']);

test('the README lists every element with a link to its page, and every API section is generated from the manifest', () => {
  assert.equal(elements.size, 7);
  for (const [path, [now, wanted]] of generatedPages(manifest)) assert.equal(now, wanted, `${path} is out of date: run npm run readme`);
  const readme = readFileSync('README.md', 'utf8');
  for (const tag of elements.keys()) assert.ok(readme.includes(`](${pageOf(tag)}#api)`), `the README does not link to ${pageOf(tag)}`);
});

test('no hand-written table in docs/ lists attributes', () => {
  for (const path of pages.filter((p) => p.startsWith('docs/'))) {
    const text = readFileSync(path, 'utf8');
    const handWritten = text.slice(0, text.indexOf('<!-- api:start -->') >>> 0) + text.slice(text.indexOf('<!-- api:end -->') >>> 0);
    assert.doesNotMatch(handWritten, /^\|\s*attribute\s*\|/im, `${path} keeps its own attribute table`);
  }
});

test('the README, docs/ and the WordPress readme name only attributes, events, parts and custom properties the elements have', () => {
  const allEvents = new Set([...elements.values()].flatMap((d) => [...names(d.events)]));
  const allParts = new Set([...elements.values()].flatMap((d) => [...names(d.cssParts)]));
  const allProperties = new Set([...elements.values()].flatMap((d) => [...names(d.cssProperties)]));
  const wrong = [];
  for (const path of pages) {
    const text = readFileSync(path, 'utf8');
    // <kyr-x a="…" b> in examples, and [kyr-x a="…"] shortcodes.
    for (const [, tag, attributes] of text.matchAll(/[<[](kyr-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?[>\]]/g)) {
      const element = elements.get(tag);
      if (!element) continue;
      const known = names(element.attributes);
      for (const [, name] of attributes.matchAll(/\s([a-z-]+)/g)) if (!known.has(name) && !globalAttributes.has(name)) wrong.push(`${path}: <${tag} ${name}>`);
    }
    for (const [, tag, part] of text.matchAll(/(kyr-[a-z-]+)?::part\(([a-z-]+)\)/g)) {
      const parts = tag && elements.has(tag) ? names(elements.get(tag).cssParts) : allParts;
      if (!parts.has(part)) wrong.push(`${path}: ${tag ?? ''}::part(${part})`);
    }
    for (const [, event] of text.matchAll(/`(kyr-[a-z-]+)`/g)) {
      if (!elements.has(event) && !['kyr-content', 'kyr-widgets'].includes(event) && !allEvents.has(event)) wrong.push(`${path}: event \`${event}\``);
    }
    for (const [property] of text.matchAll(/--kyr-[a-z-]+/g)) if (!allProperties.has(property)) wrong.push(`${path}: ${property}`);
  }
  assert.deepEqual(wrong, []);
});
