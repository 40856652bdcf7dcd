// The content studio as a maintainer uses it: the real server (`scripts/studio.js`,
// Decap CMS and its local backend from node_modules) over a copy of the project's
// content, driven in Chromium; the file on disk is read back and checked by the
// same `kyr-content validate` a maintainer runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { parse } from 'yaml';
import { chromiumArgs, findBrowser } from '../../scripts/browsers.js';

const copy = mkdtempSync(join(tmpdir(), 'kyr-studio-'));
cpSync('content/jurisdictions', join(copy, 'content', 'jurisdictions'), { recursive: true });
const kenyaFile = join(copy, 'content', 'jurisdictions', 'ke.yaml');
const kenya = parse(readFileSync(kenyaFile, 'utf8'));

let server;
let browser;
let origin;
/** Every address the studio page asked for: none may leave the machine. */
const requested = [];

before(async () => {
  server = spawn(process.execPath, ['scripts/studio.js'], { env: { ...process.env, PORT: '0', CONTENT_ROOT: copy }, stdio: ['ignore', 'pipe', 'inherit'] });
  origin = await new Promise((resolveOrigin, reject) => {
    let said = '';
    server.stdout.on('data', (chunk) => {
      said += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(said);
      if (match) resolveOrigin(`http://localhost:${match[1]}`);
    });
    server.once('exit', (code) => reject(new Error(`the studio stopped (exit ${code})`)));
  });
  browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

async function openKenya() {
  // A fresh profile each time: Decap remembers the local "login" in the browser.
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${origin}/`);
  // Decap's local backend asks for no password: "Login" only opens the editor.
  const login = await page.waitForSelector('::-p-text(Login)');
  await login.click();
  await page.waitForSelector('::-p-text(Places)');
  await page.goto(`${origin}/#/collections/jurisdictions/entries/ke`);
  await page.waitForSelector('::-p-text(Name of the place)');
  return page;
}

/** Select what a field holds and type over it, as a person does. */
async function typeOver(page, field, text) {
  await field.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

/** "Publish" then "Publish now", as a maintainer saves; resolves when Decap says it is saved, or shows errors. */
async function save(page) {
  await (await page.waitForSelector('::-p-text(Publish)')).click();
  await (await page.waitForSelector('::-p-text(Publish now)')).click();
}

test("editing a right's title in Kenya's record writes the new text to the file, changes nothing else, and validates", async () => {
  const page = await openKenya();
  const index = kenya.rights.findIndex((right) => right.id === 'stay-silent');
  assert.ok(index >= 0);
  // Rights are listed by id; open "stay-silent" and find its English title beside the Swahili one.
  await page.waitForSelector('::-p-text(stay-silent)');
  await page.evaluate(() => {
    const label = [...document.querySelectorAll('div')].find((el) => el.childElementCount === 0 && el.textContent.trim() === 'stay-silent');
    label.parentElement.querySelector('button').click();
  });
  const title = await page.waitForFunction(
    (old) => [...document.querySelectorAll('textarea[lang="en"]')].find((box) => box.value === old),
    {},
    kenya.rights[index].title.en,
  );
  await typeOver(page, title, 'You have the right to stay silent');
  await save(page);
  await page.waitForSelector('::-p-text(Entry saved)', { timeout: 20000 });
  await sleep(300);

  const written = parse(readFileSync(kenyaFile, 'utf8'));
  const expected = structuredClone(kenya);
  expected.rights[index].title.en = 'You have the right to stay silent';
  assert.deepEqual(written, expected, 'only the edited title changed');

  const check = spawnSync(process.execPath, [resolve('bin/kyr-content.js'), 'validate', '--content', join(copy, 'content', 'jurisdictions')], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  await page.browserContext().close();
});

test('an invalid date typed into a field shows the error next to that field and nothing is written', async () => {
  const before = readFileSync(kenyaFile, 'utf8');
  const page = await openKenya();
  const dueField = await page.waitForFunction(
    (old) => [...document.querySelectorAll('input')].find((box) => box.value === old),
    {},
    parse(before).nextReviewDue,
  );
  await typeOver(page, dueField, 'next June');
  await save(page);
  const error = await page.waitForSelector('::-p-text(Must be a date written YYYY-MM-DD.)');
  // The message sits in the same field box as the input and its label, not in a list elsewhere.
  const sameField = await page.evaluate(
    (message, input) => {
      let box = message.parentElement;
      while (box && !box.contains(input)) box = box.parentElement;
      return box ? { label: /next review due/i.test(box.innerText), inputs: box.querySelectorAll('input, textarea').length } : undefined;
    },
    error,
    dueField,
  );
  assert.ok(sameField?.label, 'the error and the input share the field box with the label "Next review due"');
  assert.equal(sameField.inputs, 1, 'that box holds this one field only');
  assert.equal(readFileSync(kenyaFile, 'utf8'), before, 'a record with an error is not written');
  await page.browserContext().close();
});

test('a rule across fields shows its problem under the field it belongs to while you type, before saving', async () => {
  const before = readFileSync(kenyaFile, 'utf8');
  const page = await openKenya();
  const dueField = await page.waitForFunction(
    (old) => [...document.querySelectorAll('input')].find((box) => box.value === old),
    {},
    parse(before).nextReviewDue,
  );
  await typeOver(page, dueField, '2000-01-01');
  const problem = await page.waitForSelector(`::-p-text(is before lastReviewed (${parse(before).lastReviewed}))`);
  const inField = await page.evaluate((message, input) => message.closest('ul')?.parentElement?.contains(input), problem, dueField);
  assert.ok(inField, 'the problem is listed right under the input');
  // The preview's list says it too, with the field's label.
  const preview = page.frames().find((frame) => frame !== page.mainFrame());
  await preview.waitForSelector('::-p-text(Next review due)');
  assert.equal(readFileSync(kenyaFile, 'utf8'), before);
  await page.browserContext().close();
});

test('the studio page asks for nothing but this machine', () => {
  assert.ok(requested.length > 0);
  const away = requested.filter((url) => !/^(http:\/\/localhost:\d+\/|data:|blob:|about:)/.test(url));
  assert.deepEqual(away, []);
});
