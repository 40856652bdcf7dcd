// The README's element tables come from the custom elements manifest, so they cannot drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { apiTables, withTables } from '../../scripts/readme-api.js';

test('the README element tables match the manifest built from the code', () => {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  assert.equal(withTables(readme, apiTables(manifest)), readme, 'run: npm run readme');
  for (const tag of ['kyr-rights-kit', 'kyr-rights-card', 'kyr-arrest-guide', 'kyr-firewall-notice', 'kyr-help-directory', 'kyr-jurisdiction-picker', 'kyr-quick-exit']) {
    assert.match(readme, new RegExp(`### \`<${tag}>\``), tag);
  }
});
