/**
 * The WordPress plugin on a real WordPress (Debian's packages, see
 * scripts/wordpress-site.js), driven in Chromium as the people who use it:
 * an administrator uploads the zip and activates it; an Author (who may not
 * post script) adds the Rights kit block in the block editor and publishes,
 * and publishes a post with the shortcode; a visitor reads both. The visitor's
 * pages show the Kenya kit, request nothing from another site, keep nothing
 * in cookies or storage, and the quick exit leaves. Screenshots of each step
 * go to .test-results/wordpress/ for a person to look at.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addUser, startWordPress, wordpressMissing } from '../../scripts/wordpress-site.js';
import { pluginZip } from '../../scripts/wordpress-plugin.js';
import {
  EXIT_URL,
  deepClick,
  expectQuickExit,
  foreignRequests,
  launch,
  noStorage,
  storageReport,
  waitFor,
  waitForText,
  watchedPage,
} from '../e2e/harness.js';

const missing = wordpressMissing();
if (missing) console.log(`\nThe WordPress plugin test did not run: ${missing}.\n`);
const skip = missing ? `WordPress is not installed here: ${missing}` : false;

const shots = resolve('.test-results/wordpress');
const kit = 'kyr-rights-kit';
let site;
let browser;
let author;
/** Another data location the administrator sets (the same data at a second address on the site). */
let dataElsewhere;
/** The two published posts: { block, shortcode } → URL. */
const posts = {};

before(async () => {
  if (skip) return;
  mkdirSync(shots, { recursive: true });
  const zip = spawnSync(process.execPath, ['scripts/wordpress-plugin.js'], { encoding: 'utf8' });
  assert.equal(zip.status, 0, `the plugin zip was not built: ${zip.stderr}`);
  site = await startWordPress();
  author = addUser(site, 'author');
  cpSync('dist/data', `${site.content}/uploads/kyr-data`, { recursive: true });
  dataElsewhere = `${site.url}/wp-content/uploads/kyr-data/`;
  browser = await launch('chromium');
}, { timeout: 90_000 });

after(async () => {
  await browser?.close();
  await site?.stop();
});

/** A logged-in page in its own browser context (its own cookies). */
async function logIn(login) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // Nothing in the admin may reach another site either (fonts, avatars, news): refused here.
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().startsWith(`${site.url}/`) || /^(data|blob|about):/.test(request.url()) ? request.continue() : request.abort('blockedbyclient')));
  await page.goto(`${site.url}/wp-login.php`);
  // Filled in, not typed: wp-login.php moves the focus back to the user field 200 ms after it
  // loads, and keys typed by then would land in the wrong field.
  await page.$eval('#user_login', (field, value) => (field.value = value), login.user);
  await page.$eval('#user_pass', (field, value) => (field.value = value), login.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  assert.match(page.url(), /wp-admin/, `${login.user} could not log in`);
  return { context, page };
}

/** The select or text field in the block's settings whose label is `label`. */
async function settingField(page, label) {
  const handle = await page.evaluateHandle((text) => {
    const found = [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent.trim() === text);
    return found && document.getElementById(found.htmlFor);
  }, label);
  const field = handle.asElement();
  assert.ok(field, `no "${label}" in the block's settings`);
  return field;
}

test('an administrator installs the plugin zip and activates it', { skip, timeout: 60_000 }, async () => {
  const { context, page } = await logIn(site.admin);
  try {
    await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
    const input = await page.waitForSelector('#pluginzip');
    await input.uploadFile(resolve(pluginZip));
    await Promise.all([page.waitForNavigation({ timeout: 45_000 }), page.click('#install-plugin-submit')]);
    await page.screenshot({ path: `${shots}/1-installed.png` });
    const activate = await page.waitForSelector('a.button-primary[href*="action=activate"]');
    await Promise.all([page.waitForNavigation(), activate.click()]);
    assert.equal(site.php(`echo in_array('kyr-widgets/kyr-widgets.php', get_option('active_plugins'), true) ? 'active' : 'inactive';`), 'active');

    // The settings page names the data in use and its versions: the shipped data, then another location.
    const kenya = JSON.parse(readFileSync('dist/data/catalog.json', 'utf8')).jurisdictions.find((place) => place.id === 'ke');
    const versions = async () => page.$eval('#kyr-widgets-versions', (table) => table.textContent.replace(/\s+/g, ' '));
    await page.goto(`${site.url}/wp-admin/options-general.php?page=kyr-widgets`);
    assert.ok((await versions()).includes(`Kenya ke ${kenya.version} ${kenya.status}`), await versions());
    await page.type('#kyr_widgets_data_src', dataElsewhere);
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.ok((await page.$eval('.wrap', (wrap) => wrap.textContent)).includes(`From ${dataElsewhere}`), 'the page names the other data location');
    assert.ok((await versions()).includes(`Kenya ke ${kenya.version}`));
    await page.screenshot({ path: `${shots}/2-settings.png`, fullPage: true });
  } finally {
    await context.close();
  }
});

test('an Author without unfiltered_html adds the Rights kit block in the editor, sees it, and publishes', { skip, timeout: 90_000 }, async () => {
  assert.equal(site.php(`echo user_can(get_user_by('login', '${author.user}'), 'unfiltered_html') ? 'yes' : 'no';`), 'no', 'the Author must not be allowed to post script');
  const { context, page } = await logIn(author);
  try {
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), { timeout: 30_000 });
    await page.evaluate(() => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
    await (await page.waitForSelector('.editor-post-title__input')).type('Know your rights in Kenya');
    await page.click('.edit-post-header-toolbar__inserter-toggle');
    await (await page.waitForSelector('.block-editor-inserter__search input')).type('Rights kit');
    const item = await page.waitForSelector('::-p-xpath(//button[contains(@class,"block-editor-block-types-list__item")][.//span[normalize-space()="Rights kit"]])');
    await item.click();
    // Close the inserter and open the block's settings, as an Author would with the gear button.
    await page.click('.edit-post-header-toolbar__inserter-toggle');
    const gear = await page.waitForSelector('.edit-post-header__settings button[aria-label="Settings"]');
    if ((await gear.evaluate((button) => button.getAttribute('aria-expanded'))) !== 'true') await gear.click();
    await page.waitForSelector('.block-editor-block-inspector');
    await (await settingField(page, 'Place')).select('ke');
    await (await settingField(page, 'Quick exit goes to')).type(EXIT_URL);

    // The live preview is the element itself, in a frame of its own.
    await waitFor(
      page,
      () => document.querySelector('iframe[title="Preview: Rights kit"]')?.contentDocument?.querySelector('kyr-rights-kit')?.shadowRoot?.querySelector('kyr-rights-card')?.shadowRoot?.textContent.includes('Your rights in Kenya'),
      undefined,
      { what: 'the Kenya card in the editor preview' },
    );
    await page.screenshot({ path: `${shots}/3-editor-block.png` });
    // The preview's quick exit listens in its own frame: Shift three times while writing
    // (a capital-letter habit) must never throw the Author out of the editor.
    const editing = page.url();
    await page.click('.editor-post-title__input');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await new Promise((done) => setTimeout(done, 1500));
    assert.equal(page.url(), editing, 'the editor was left');

    await page.click('.editor-post-publish-panel__toggle');
    await (await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button')).click();
    await page.waitForFunction(() => wp.data.select('core/editor').isCurrentPostPublished() && !wp.data.select('core/editor').isSavingPost(), { timeout: 30_000 });
    posts.block = await page.evaluate(() => wp.data.select('core/editor').getPermalink());
    const saved = await page.evaluate(() => wp.data.select('core/editor').getEditedPostContent());
    // The editor writes attributes in the order the Author set them, so compare them as data.
    const block = saved.match(/<!-- wp:kyr-widgets\/rights-kit (\{.*?\}) \/-->/);
    assert.ok(block, `the saved post has no Rights kit block: ${saved}`);
    assert.deepEqual(JSON.parse(block[1]), { jurisdiction: 'ke', exitHref: EXIT_URL });

    // The classic route: a shortcode, posted by the same Author through WordPress's own API.
    posts.shortcode = await page.evaluate(
      async (exit) =>
        (
          await wp.apiFetch({
            path: '/wp/v2/posts',
            method: 'POST',
            data: { title: 'Rights (shortcode)', status: 'publish', content: `<!-- wp:shortcode -->\n[kyr-rights-kit jurisdiction="ke" exit-href="${exit}" heading-level="3"]\n<!-- /wp:shortcode -->` },
          })
        ).link,
      EXIT_URL,
    );
  } catch (error) {
    await page.screenshot({ path: `${shots}/failed-editor.png` });
    throw error;
  } finally {
    await context.close();
  }
});

for (const route of ['block', 'shortcode']) {
  test(`a visitor reads the ${route} post: the Kenya kit, nothing from another site, nothing stored, and the quick exit leaves`, { skip, timeout: 60_000 }, async () => {
    assert.ok(posts[route], `the ${route} post was not published`);
    const context = await browser.createBrowserContext();
    try {
      const watched = await watchedPage(context, site.url);
      const { page } = watched;
      await page.setViewport({ width: 1024, height: 900 });
      await page.goto(posts[route]);
      await waitForText(page, [kit, 'kyr-rights-card'], 'Your rights in Kenya');
      if (route === 'shortcode') assert.equal(await page.$eval(kit, (element) => element.getAttribute('heading-level')), '3');
      assert.equal(await page.$eval(kit, (element) => element.getAttribute('data-src')), dataElsewhere, 'the data location from the settings page');
      assert.ok(watched.requests.some((r) => r.url === `${dataElsewhere}ke/entry.json`), 'the data came from there');
      await page.screenshot({ path: `${shots}/4-visitor-${route}.png`, fullPage: true });
      assert.deepEqual(foreignRequests(watched, site.url), [], 'requests to another site');
      assert.deepEqual(await storageReport(page), noStorage, 'something was stored in the browser');
      assert.deepEqual((await page.cookies()).map((c) => c.name), [], 'cookies were set for the visitor');

      const result = await expectQuickExit(watched, () => deepClick(page, [kit, 'kyr-quick-exit', 'a[part="link"]']));
      assert.equal(result.url, EXIT_URL, 'the quick exit went to the destination set in the block');
      assert.ok(!result.exitRequest?.headers.referer, 'no Referer sent to the exit destination');
    } finally {
      await context.close();
    }
  });
}

test('a page without a block or shortcode does not load the script', { skip, timeout: 30_000 }, async () => {
  const context = await browser.createBrowserContext();
  try {
    const watched = await watchedPage(context, site.url);
    await watched.page.goto(`${site.url}/?page_id=2`);
    assert.match(await watched.page.title(), /Sample Page/);
    assert.deepEqual(watched.requests.filter((r) => r.url.includes('kyr-widgets')).map((r) => r.url), []);
  } finally {
    await context.close();
  }
});
