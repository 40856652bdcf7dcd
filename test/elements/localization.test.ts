import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/rights-kit.js';
// Each part is also rendered alone below, as a page that uses only that element would.
import '../../src/define/arrest-guide.js';
import '../../src/define/firewall-notice.js';
import '../../src/define/help-directory.js';
import type { KyrRightsKit } from '../../src/elements/rights-kit/rights-kit.component.js';
import { interfaceLocales } from '../../src/i18n/locale.js';
import { DATA, expectAccessible, settled, visibleText } from './helpers.js';

type Settles = HTMLElement & { updateComplete: Promise<boolean> };
const englishTabs = ['Your rights', 'If police stop you', 'Services and immigration', 'Get help'];
const tabTexts = (kit: KyrRightsKit) => [...kit.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim());

/** A kit on a page in `locale`, with no `dir` anywhere: the kit must find its own direction. */
async function kitIn(locale: string) {
  const root = await fixture(html`<div lang=${locale}><kyr-rights-kit jurisdiction="ke" data-src=${DATA}></kyr-rights-kit></div>`);
  const kit = root.querySelector('kyr-rights-kit')!;
  await kit.updateComplete;
  const card = await waitUntil(() => kit.shadowRoot!.querySelector('kyr-rights-card'), 'no card').then(() => kit.shadowRoot!.querySelector<Settles>('kyr-rights-card')!);
  await settled(card);
  return { root, kit, card };
}

describe('interface languages', function () {
  this.timeout(60000);

  for (const locale of interfaceLocales.filter((l) => l !== 'en')) {
    it(`speaks ${locale} in every tab and heading, with no English left in them`, async () => {
      const { kit, card } = await kitIn(locale);
      const tabs = tabTexts(kit);
      tabs.forEach((text, i) => expect(text, `tab ${i} in ${locale}`).not.to.equal(englishTabs[i]));
      const headings = [...card.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.textContent!.trim());
      for (const english of ['The law', 'Key rights', 'Other laws that can affect you', 'What happens in practice']) {
        expect(headings, `${locale} heading`).not.to.include(english);
      }
      expect(card.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('lang')).to.equal(locale);
    });
  }

  it('shows content in the source language with a note in the reader’s language when the record lacks theirs', async () => {
    const { card } = await kitIn('fr');
    expect(card.shadowRoot!.querySelector('[part="card"]')!.getAttribute('lang')).to.equal('en');
    const note = card.shadowRoot!.querySelector('[part="notice"]')!;
    expect(note.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    expect(note.textContent).not.to.contain('not available in your language');
  });

  for (const tag of ['kyr-rights-card', 'kyr-arrest-guide', 'kyr-firewall-notice', 'kyr-help-directory']) {
    it(`renders ${tag} in Arabic, right to left on a page without dir, axe clean`, async () => {
      const root = await fixture(html`<div lang="ar"></div>`);
      const element = document.createElement(tag) as Settles & { dataSrc: string; jurisdiction: string };
      element.dataSrc = DATA;
      element.jurisdiction = 'global';
      root.append(element);
      await settled(element);
      expect(getComputedStyle(element).direction).to.equal('rtl');
      expect(visibleText(element)).to.match(/[\u0600-\u06FF]/);
      await expectAccessible(root);
    });
  }

  it('renders the kit and its quick exit in Arabic, right to left, axe clean', async () => {
    const { root, kit } = await kitIn('ar');
    expect(getComputedStyle(kit).direction).to.equal('rtl');
    expect(getComputedStyle(kit.shadowRoot!.querySelector('[role="tablist"]')!).direction).to.equal('rtl');
    expect(tabTexts(kit).join(' ')).to.match(/[\u0600-\u06FF]/);
    const exit = kit.shadowRoot!.querySelector<Settles>('kyr-quick-exit')!;
    await exit.updateComplete;
    expect(exit.shadowRoot!.textContent).to.match(/[\u0600-\u06FF]/);
    expect(getComputedStyle(exit.shadowRoot!.querySelector('[part="bar"]')!).direction).to.equal('rtl');
    await expectAccessible(root);
  });

  it('gives two cards on one page each its own interface language and date format', async () => {
    const root = await fixture(html`<div lang="en">
      <kyr-rights-card jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-card>
      <kyr-rights-card jurisdiction="ke" locale="es" data-src=${DATA}></kyr-rights-card>
      <kyr-firewall-notice jurisdiction="ke" locale="fr" data-src=${DATA}></kyr-firewall-notice>
    </div>`);
    const [english, spanish, french] = [...root.children] as Settles[];
    await Promise.all([english, spanish, french].map((element) => settled(element!)));
    // The review line: interface words and dates (the sources' own notes are content, in their language).
    const footer = (element: Element) => element.shadowRoot!.querySelector('[part="footer"] > .meta')!.textContent!.replace(/\s+/g, ' ');
    expect(visibleText(english!)).to.contain('Your rights in Kenya');
    expect(footer(english!)).to.match(/Last reviewed [A-Z][a-z]+ \d+, \d{4}\./);
    expect(visibleText(spanish!)).to.contain('Tus derechos en');
    expect(footer(spanish!)).to.match(/\d+ de [a-z]+ de \d{4}/);
    expect(footer(spanish!)).not.to.match(/(January|February|March|April|May|June|July|August|September|October|November|December) \d/);
    expect(visibleText(french!)).not.to.contain('Do services share your information');
    // The English card did not change language when the others loaded theirs.
    await english!.updateComplete;
    expect(visibleText(english!)).to.contain('Your rights in Kenya');
    expect(visibleText(english!)).not.to.contain('Tus derechos');
  });

  it('computes direction: rtl for locale="ar" on a page without dir', async () => {
    const root = await fixture(html`<div lang="en"><kyr-rights-card jurisdiction="ke" locale="ar" data-src=${DATA}></kyr-rights-card></div>`);
    const card = root.firstElementChild as Settles;
    await settled(card);
    expect(getComputedStyle(card).direction).to.equal('rtl');
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part="footer"]')!).direction).to.equal('rtl');
  });

  it('switches only the kit to Arabic, right to left, when the reader chooses Arabic in its menu on an English page', async () => {
    const root = await fixture(html`<div lang="en">
      <kyr-rights-kit jurisdiction="ke" data-src=${DATA}></kyr-rights-kit>
      <kyr-rights-card jurisdiction="ke" data-src=${DATA}></kyr-rights-card>
    </div>`);
    const [kit, outside] = [...root.children] as [KyrRightsKit, Settles];
    await kit.updateComplete;
    await settled(outside);
    const menu = kit.shadowRoot!.querySelector<HTMLSelectElement>('[part="language"]')!;
    // The reader reaches the menu (its languages are filled in then) and chooses Arabic.
    menu.focus();
    await kit.updateComplete;
    menu.value = 'ar';
    menu.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => /[\u0600-\u06FF]/.test(tabTexts(kit).join(' ')), 'the kit did not switch to Arabic', { timeout: 8000 });
    expect(getComputedStyle(kit).direction).to.equal('rtl');
    expect(getComputedStyle(kit.shadowRoot!.querySelector('[role="tablist"]')!).direction).to.equal('rtl');
    const card = kit.shadowRoot!.querySelector<Settles>('kyr-rights-card')!;
    await settled(card);
    expect(getComputedStyle(card).direction).to.equal('rtl');
    // The card beside the kit stays English and left to right.
    await outside.updateComplete;
    expect(visibleText(outside)).to.contain('Your rights in Kenya');
    expect(getComputedStyle(outside).direction).to.equal('ltr');
  });
});
