// The content studio as a maintainer uses it: the real server (`scripts/studio.js`,
// Decap CMS and its local backend from node_modules) over a copy of the project's
// content, driven in Chromium and in Firefox ESR; the file on disk is read back and
// checked by the same `kyr-content validate` a maintainer runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'yaml';
import { browserNames, launch } from './harness.js';

/** The studio over a fresh copy of the content, on a port of its own; resolves once it says where. */
async function startStudio() {
  const copy = mkdtempSync(join(tmpdir(), 'kyr-studio-'));
  cpSync('content/jurisdictions', join(copy, 'content', 'jurisdictions'), { recursive: true });
  const server = spawn(process.execPath, ['scripts/studio.js'], { env: { ...process.env, PORT: '0', CONTENT_ROOT: copy }, stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise((resolveOrigin, reject) => {
    let said = '';
    server.stdout.on('data', (chunk) => {
      said += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(said);
      if (match) resolveOrigin(`http://localhost:${match[1]}`);
    });
    server.once('exit', (code) => reject(new Error(`the studio stopped (exit ${code})`)));
  });
  return { server, origin, copy, kenyaFile: join(copy, 'content', 'jurisdictions', 'ke.yaml') };
}

for (const name of browserNames) {
  describe(`the content studio in ${name}`, () => {
    let studio;
    let browser;
    let kenya;
    /** Every address the studio page asked for: none may leave the machine. */
    const requested = [];

    before(async () => {
      studio = await startStudio();
      kenya = parse(readFileSync(studio.kenyaFile, 'utf8'));
      browser = await launch(name);
    });

    after(async () => {
      await browser?.close();
      studio?.server.kill();
    });

    async function openKenya() {
      // A fresh profile each time: Decap remembers the local "login" in the browser.
      const page = await (await browser.createBrowserContext()).newPage();
      await page.setViewport({ width: 1400, height: 1000 });
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(`${studio.origin}/`);
      // Decap's local backend asks for no password: "Login" only opens the editor.
      const login = await page.waitForSelector('::-p-text(Login)');
      await login.click();
      await page.waitForSelector('::-p-text(Places)');
      await page.goto(`${studio.origin}/#/collections/jurisdictions/entries/ke`);
      await page.waitForSelector('::-p-text(Name of the place)');
      return page;
    }

    /** The input that shows `value`, once the editor has drawn it. */
    function fieldHolding(page, value) {
      return page.waitForFunction((wanted) => [...document.querySelectorAll('input')].find((box) => box.value === wanted), {}, value);
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

      const written = parse(readFileSync(studio.kenyaFile, 'utf8'));
      const expected = structuredClone(kenya);
      expected.rights[index].title.en = 'You have the right to stay silent';
      assert.deepEqual(written, expected, 'only the edited title changed');

      const check = spawnSync(process.execPath, [resolve('bin/kyr-content.js'), 'validate', '--content', join(studio.copy, 'content', 'jurisdictions')], { encoding: 'utf8' });
      assert.equal(check.status, 0, check.stderr);
      await page.browserContext().close();
    });

    test('an invalid date typed into a field shows the error next to that field and nothing is written', async () => {
      const onDisk = readFileSync(studio.kenyaFile, 'utf8');
      const page = await openKenya();
      const dueField = await fieldHolding(page, parse(onDisk).nextReviewDue);
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
      assert.equal(readFileSync(studio.kenyaFile, 'utf8'), onDisk, 'a record with an error is not written');
      await page.browserContext().close();
    });

    test('a rule across fields shows its problem under the field it belongs to while you type, before saving', async () => {
      const onDisk = readFileSync(studio.kenyaFile, 'utf8');
      const page = await openKenya();
      const dueField = await fieldHolding(page, parse(onDisk).nextReviewDue);
      await typeOver(page, dueField, '2000-01-01');
      const problem = await page.waitForSelector(`::-p-text(is before lastReviewed (${parse(onDisk).lastReviewed}))`);
      const inField = await page.evaluate((message, input) => message.closest('ul')?.parentElement?.contains(input), problem, dueField);
      assert.ok(inField, 'the problem is listed right under the input');
      // The preview's list says it too, with the field's label.
      const preview = page.frames().find((frame) => frame !== page.mainFrame());
      await preview.waitForSelector('::-p-text(Next review due)');
      assert.equal(readFileSync(studio.kenyaFile, 'utf8'), onDisk);
      await page.browserContext().close();
    });

    test('the studio page asks for nothing but this machine', () => {
      assert.ok(requested.length > 0);
      const away = requested.filter((url) => !/^(http:\/\/localhost:\d+\/|data:|blob:|about:)/.test(url));
      assert.deepEqual(away, []);
    });
  });
}
