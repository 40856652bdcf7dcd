// Interface translations: every locale has exactly the strings English has, and the
// locale modules the browser loads are the ones built from the committed XLIFF files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'kyr-i18n-'));

function localize(command, overrides) {
  const file = join(temp, `${command}.json`);
  writeFileSync(file, JSON.stringify({ ...config, ...overrides, tsConfig: resolve(config.tsConfig) }));
  const result = spawnSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', command, '--config', file], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr + result.stdout);
}

const units = (xliff) => [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({ id, translated: body.includes('<target') }));

test('every interface locale translates exactly the strings the English source has', () => {
  const fresh = join(temp, 'xliff');
  localize('extract', { interchange: { format: 'xliff', xliffDir: fresh }, targetLocales: ['xx'] });
  const english = new Set(units(readFileSync(join(fresh, 'xx.xlf'), 'utf8')).map((u) => u.id));
  assert.ok(english.size > 100, `only ${english.size} strings extracted`);
  for (const locale of config.targetLocales) {
    const committed = units(readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8'));
    const missing = [...english].filter((id) => !committed.some((u) => u.id === id && u.translated));
    const stale = committed.filter((u) => !english.has(u.id)).map((u) => u.id);
    assert.deepEqual(missing, [], `${locale} lacks translations (run npm run i18n:extract and translate)`);
    assert.deepEqual(stale, [], `${locale} has strings English no longer has (run npm run i18n:extract)`);
  }
});

test('the locale modules are built from the committed translations', () => {
  const out = join(temp, 'locales');
  localize('build', {
    interchange: { ...config.interchange, xliffDir: resolve(config.interchange.xliffDir) },
    output: { ...config.output, outputDir: out, localeCodesModule: join(temp, 'locale-codes.ts') },
  });
  for (const file of readdirSync(out)) {
    assert.equal(readFileSync(join(config.output.outputDir, file), 'utf8'), readFileSync(join(out, file), 'utf8'), `${file} is out of date: run npm run i18n:build`);
  }
});

test('the language menu names each interface language in itself, as Intl does (src/generated/language-names.ts is current)', () => {
  const fresh = spawnSync(process.execPath, ['scripts/language-names.js', '--print'], { encoding: 'utf8' });
  assert.equal(fresh.status, 0, fresh.stderr);
  assert.equal(readFileSync('src/generated/language-names.ts', 'utf8'), fresh.stdout, 'out of date: run npm run i18n:build');
  assert.match(fresh.stdout, /'sw': "Kiswahili"/);
  assert.match(fresh.stdout, /'ar': "العربية"/);
});
