/** Sources the reader can read: each claim links to its entry in the list at the end, and back, by keyboard and on paper. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/rights-card.js';
import '../../src/define/arrest-guide.js';
import type { KyrRightsCard } from '../../src/elements/rights-card/rights-card.component.js';
import { DATA, emulateMediaType, expectAccessible, settled } from './helpers.js';

const active = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;

async function tabUntil(element: Element, found: (focused: HTMLElement | null) => boolean): Promise<void> {
  for (let i = 0; i < 6 && !found(active(element)); i++) await sendKeys({ press: 'Tab' });
}

describe('sources', () => {
  it('follows a claim’s source link to its entry in the sources list and back, by keyboard', async () => {
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-card>`);
    await settled(element);
    const citation = element.shadowRoot!.querySelector<HTMLAnchorElement>('.rights .cite a')!;
    expect(citation, 'a citation link in the rights').to.exist;
    const list = element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="sources"]')!;
    expect(list.open, 'the list starts closed').to.equal(false);
    citation.focus();
    await sendKeys({ press: 'Enter' });
    const entry = active(element)!;
    expect(entry.localName, 'focus on the entry').to.equal('li');
    expect(entry.id).to.equal(citation.dataset.source);
    expect(list.open, 'the list opened').to.equal(true);
    const number = Number(citation.textContent);
    const source = (await (await fetch(`${DATA}ke/latest/en.json`)).json()).sources[number - 1];
    expect(entry.textContent).to.contain(source.title);
    expect(entry.textContent).to.contain(source.publisher);
    await tabUntil(element, (focused) => !!focused?.classList.contains('back'));
    expect(active(element)!.textContent).to.equal('Back to the text');
    await sendKeys({ press: 'Enter' });
    expect(active(element), 'back on the citation followed').to.equal(citation);
    await expectAccessible(element);
  });

  it('links the general advice’s claims to the general sources in the arrest guide', async () => {
    const element = await fixture(html`<kyr-arrest-guide jurisdiction="ke" locale="en" data-src=${DATA}></kyr-arrest-guide>`);
    await settled(element as HTMLElement & { updateComplete: Promise<boolean> });
    const general = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.cite a')].find((link) => link.textContent!.startsWith('G'));
    if (!general) return; // Kenya's steps cite no general source in this data.
    general.click();
    expect(active(element)!.id).to.equal(general.dataset.source);
  });

  it('prints the sources list even when the reader never opened it', async function () {
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-card>`);
    await settled(element);
    const entry = element.shadowRoot!.querySelector('.source-list > li')!;
    expect(entry.checkVisibility(), 'closed on screen').to.equal(false);
    if (!(await emulateMediaType('print'))) this.skip();
    try {
      await waitUntil(() => entry.checkVisibility(), 'the sources are not on paper');
    } finally {
      await emulateMediaType('screen');
    }
  });
});
