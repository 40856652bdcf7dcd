import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/rights-kit.js';
import type { KyrRightsKit } from '../../src/elements/rights-kit/rights-kit.component.js';
import { DATA, expectAccessible, settledPart, visibleText } from './helpers.js';
import { interfaceLocales } from '../../src/i18n/locale.js';

type Settles = HTMLElement & { updateComplete: Promise<boolean> };

const part = <T extends Element = HTMLElement>(kit: KyrRightsKit, selector: string) => kit.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const selectedTab = (kit: KyrRightsKit) => part(kit, '[role="tab"][aria-selected="true"]')!.id;
const activePanelPart = (kit: KyrRightsKit, tag: string) => settledPart<Settles>(kit, tag);

describe('<kyr-rights-kit>', function () {
  this.timeout(30000);

  it('shows the quick exit, the place picker and the rights card for its jurisdiction, all accessible', async () => {
    const kit = await fixture<KyrRightsKit>(html`<kyr-rights-kit jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-kit>`);
    expect(part(kit, 'kyr-quick-exit'), 'quick exit').to.exist;
    expect(part(kit, 'kyr-jurisdiction-picker'), 'picker').to.exist;
    const card = await activePanelPart(kit, 'kyr-rights-card');
    expect(visibleText(card)).to.contain('Your rights in Kenya');
    expect(selectedTab(kit)).to.equal('tab-rights');
    // Only the visible tab loads: the other parts are not in the page yet, nor is their code
    // (this is the file's first test, so no tab has been opened before).
    expect(part(kit, 'kyr-help-directory')).to.equal(null);
    expect(customElements.get('kyr-arrest-guide'), 'the arrest guide is fetched only when first shown').to.equal(undefined);
    await expectAccessible(kit);
  });

  it('moves between tabs with the arrow keys, Home and End, and shows each part', async () => {
    const kit = await fixture<KyrRightsKit>(html`<kyr-rights-kit jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-kit>`);
    await activePanelPart(kit, 'kyr-rights-card');
    part(kit, '#tab-rights')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await kit.updateComplete;
    expect(selectedTab(kit)).to.equal('tab-arrest');
    expect(kit.shadowRoot!.activeElement?.id).to.equal('tab-arrest');
    await activePanelPart(kit, 'kyr-arrest-guide');
    await sendKeys({ press: 'End' });
    await kit.updateComplete;
    expect(selectedTab(kit)).to.equal('tab-help');
    const directory = await activePanelPart(kit, 'kyr-help-directory');
    expect(visibleText(directory)).to.contain('BHESP');
    await sendKeys({ press: 'ArrowRight' });
    await kit.updateComplete;
    expect(selectedTab(kit), 'wraps around').to.equal('tab-rights');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await kit.updateComplete;
    expect(selectedTab(kit)).to.equal('tab-services');
    await activePanelPart(kit, 'kyr-firewall-notice');
    await expectAccessible(kit);
  });

  it('follows the place the reader picks with the keyboard', async () => {
    const kit = await fixture<KyrRightsKit>(html`<kyr-rights-kit jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-kit>`);
    await activePanelPart(kit, 'kyr-rights-card');
    const picker = part<Settles>(kit, 'kyr-jurisdiction-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('input'), 'picker input');
    const input = picker.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Uganda' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => kit.jurisdiction === 'ug', 'kit did not follow the picker');
    const card = part<Settles>(kit, 'kyr-rights-card')!;
    await waitUntil(() => visibleText(card).includes('Uganda'), 'card did not show Uganda');
  });

  it('opens the help tab from the arrest guide’s “find help” link', async () => {
    const kit = await fixture<KyrRightsKit>(html`<kyr-rights-kit jurisdiction="ke" locale="en" tab="arrest" data-src=${DATA}></kyr-rights-kit>`);
    const guide = await activePanelPart(kit, 'kyr-arrest-guide');
    const link = guide.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#kyr-help"]');
    expect(link, 'help link').to.exist;
    link!.click();
    await kit.updateComplete;
    expect(selectedTab(kit)).to.equal('tab-help');
    await activePanelPart(kit, 'kyr-help-directory');
    expect(kit.shadowRoot!.activeElement?.id).to.equal('panel-help');
  });

  it('shows every part one after another in the sections layout', async () => {
    const kit = await fixture<KyrRightsKit>(html`<kyr-rights-kit layout="sections" jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-kit>`);
    for (const tag of ['kyr-rights-card', 'kyr-arrest-guide', 'kyr-firewall-notice', 'kyr-help-directory']) await activePanelPart(kit, tag);
    expect(part(kit, '[role="tablist"]')).to.equal(null);
    await expectAccessible(kit);
  });

  it('keeps the quick exit and a clear message when the data is not where data-src says', async () => {
    const kit = await fixture<KyrRightsKit>(html`<kyr-rights-kit jurisdiction="ke" data-src="/no-such-data/"></kyr-rights-kit>`);
    const card = await activePanelPart(kit, 'kyr-rights-card');
    // A missing catalog is the site's setup, not the reader's connection: a neutral message.
    const message = card.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(message).to.contain('This information is not available right now');
    expect(message).not.to.contain('connection');
    const exit = part(kit, 'kyr-quick-exit')!;
    expect(exit.shadowRoot!.querySelector('a[href^="https:"]'), 'exit link').to.exist;
    await expectAccessible(kit);
  });

  it('is accessible right to left', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar"><kyr-rights-kit jurisdiction="ke" data-src=${DATA}></kyr-rights-kit></div>`);
    const kit = wrapper.querySelector('kyr-rights-kit')!;
    await activePanelPart(kit, 'kyr-rights-card');
    await expectAccessible(wrapper);
  });

  it('switches the content language from its language switcher, and remembers nothing', async () => {
    const storage = () => [localStorage.length, sessionStorage.length, document.cookie];
    const before = storage();
    const kit = await fixture<KyrRightsKit>(html`<kyr-rights-kit jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-kit>`);
    const card = await activePanelPart(kit, 'kyr-rights-card');
    const select = part<HTMLSelectElement>(kit, 'select[part="language"]')!;
    expect(select.value).to.equal('en');
    // A keyboard reader reaches the menu: every language is there before it opens.
    select.focus();
    await kit.updateComplete;
    // Each language is offered in its own words, so a reader finds theirs whatever the page's language.
    const offered = [...select.options].map((option) => [option.value, option.text.trim(), option.lang]);
    expect(offered).to.deep.include.members([
      ['sw', 'Kiswahili', 'sw'],
      ['ar', 'العربية', 'ar'],
      ['zh-Hans', '简体中文', 'zh-Hans'],
    ]);
    select.value = 'sw';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => visibleText(card).includes('Unaweza kunyamaza'), 'card did not switch to Swahili');
    expect(card.shadowRoot!.querySelector('[part="card"]')!.getAttribute('lang')).to.equal('sw');
    expect(storage()).to.deep.equal(before);
    await expectAccessible(kit);
  });

  it('keeps its room from the moment it is defined until it draws, so the page below it does not jump', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const kit = Object.assign(document.createElement('kyr-rights-kit'), { jurisdiction: 'ke', dataSrc: DATA });
    holder.append(kit);
    // Connected but not drawn in this task, microtasks included: its first render comes in a task of its own, so a page's elements do not make one long task.
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    expect(kit.shadowRoot!.childNodes.length, 'drawn in the task that added it').to.equal(0);
    expect(kit.getBoundingClientRect().height).to.be.at.least(30 * 16 - 1);
    await activePanelPart(kit, 'kyr-rights-card');
    expect(kit.getBoundingClientRect().height).to.be.at.least(30 * 16 - 1);
  });

  it('offers every language to a reader who taps the menu, before it opens', async () => {
    const kit = await fixture<KyrRightsKit>(html`<kyr-rights-kit jurisdiction="ke" locale="fr" data-src=${DATA}></kyr-rights-kit>`);
    await activePanelPart(kit, 'kyr-rights-card');
    const select = part<HTMLSelectElement>(kit, 'select[part="language"]')!;
    expect(select.value).to.equal('fr');
    const width = select.getBoundingClientRect().width;
    select.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await kit.updateComplete;
    expect([...select.options].map((option) => option.value)).to.deep.equal([...interfaceLocales]);
    expect(select.value, 'the current language stays chosen').to.equal('fr');
    // It does not jump wider under the reader's finger.
    expect(select.getBoundingClientRect().width).to.be.closeTo(width, 1);
  });
});
