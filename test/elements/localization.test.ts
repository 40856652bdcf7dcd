import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/rights-kit.js';
// Each part is also rendered alone below, as a page that uses only that element would.
import '../../src/define/arrest-guide.js';
import '../../src/define/firewall-notice.js';
import '../../src/define/help-directory.js';
import type { KyrRightsKit } from '../../src/elements/rights-kit/rights-kit.component.js';
import { currentInterfaceLocale, interfaceLocales, useInterfaceLocale } from '../../src/i18n/localization.js';
import { DATA, expectAccessible, settled, visibleText } from './helpers.js';

type Settles = HTMLElement & { updateComplete: Promise<boolean> };
const englishTabs = ['Your rights', 'If police stop you', 'Services and immigration', 'Get help'];
const tabTexts = (kit: KyrRightsKit) => [...kit.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim());

async function kitIn(locale: string, wrapper?: { dir: string }) {
  const root = await fixture(html`<div lang=${locale} dir=${wrapper?.dir ?? 'ltr'}><kyr-rights-kit jurisdiction="ke" data-src=${DATA}></kyr-rights-kit></div>`);
  const kit = root.querySelector('kyr-rights-kit')!;
  await waitUntil(() => currentInterfaceLocale() === locale, `interface did not switch to ${locale}`, { timeout: 8000 });
  await kit.updateComplete;
  const card = await waitUntil(() => kit.shadowRoot!.querySelector('kyr-rights-card'), 'no card').then(() => kit.shadowRoot!.querySelector<Settles>('kyr-rights-card')!);
  await settled(card);
  return { root, kit, card };
}

describe('interface languages', function () {
  this.timeout(60000);
  after(() => useInterfaceLocale('en'));

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
    it(`renders ${tag} in Arabic, right to left, axe clean`, async () => {
      const root = await fixture(html`<div lang="ar" dir="rtl"></div>`);
      const element = document.createElement(tag) as Settles & { dataSrc: string; jurisdiction: string };
      element.dataSrc = DATA;
      element.jurisdiction = 'global';
      root.append(element);
      await waitUntil(() => currentInterfaceLocale() === 'ar', 'interface did not switch to Arabic', { timeout: 8000 });
      await settled(element);
      expect(getComputedStyle(element).direction).to.equal('rtl');
      expect(visibleText(element)).to.match(/[\u0600-\u06FF]/);
      await expectAccessible(root);
    });
  }

  it('renders the kit and its quick exit in Arabic, right to left, axe clean', async () => {
    const { root, kit } = await kitIn('ar', { dir: 'rtl' });
    expect(tabTexts(kit).join(' ')).to.match(/[\u0600-\u06FF]/);
    const exit = kit.shadowRoot!.querySelector<Settles>('kyr-quick-exit')!;
    await exit.updateComplete;
    expect(exit.shadowRoot!.textContent).to.match(/[\u0600-\u06FF]/);
    await expectAccessible(root);
  });
});
