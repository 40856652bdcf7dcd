// custom-elements.json points at what the package ships: editors and docs tools
// that follow a module path find the JavaScript file, and find which module
// defines each tag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));
const definitionsIn = (path) => (manifest.modules.find((m) => m.path === path)?.exports ?? []).filter((e) => e.kind === 'custom-element-definition');

test('every module path names a built JavaScript file in dist/, none a TypeScript source', () => {
  assert.equal(tags.length, 7);
  for (const { path } of manifest.modules) {
    assert.match(path, /^dist\/.*\.js$/, path);
    assert.ok(existsSync(path), `${path} does not exist after the build`);
  }
});

test("each tag's npm entry and the one-file bundle say which tag they define, and where its class is", () => {
  for (const tag of tags) {
    const entry = pkg.exports[`./${tag.replace(/^kyr-/, '')}.js`].default.replace(/^\.\//, '');
    const [definition] = definitionsIn(entry).filter((d) => d.name === tag);
    assert.ok(definition, `${entry} has no custom-element-definition for ${tag}`);
    const declared = manifest.modules.find((m) => m.path === definition.declaration.module)?.declarations.find((d) => d.name === definition.declaration.name);
    assert.equal(declared?.tagName, tag, `${tag}'s definition points at ${JSON.stringify(definition.declaration)}`);
  }
  assert.deepEqual(definitionsIn('dist/kyr-widgets.js').map((d) => d.name).sort(), [...tags].sort());
});
