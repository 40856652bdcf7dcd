import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/jurisdiction-picker.js';
import type { JurisdictionChangeDetail, KyrJurisdictionPicker } from '../../src/elements/jurisdiction-picker/jurisdiction-picker.component.js';
import type { Catalog } from '../../src/data/schema.js';
import { DATA, clearDataCache, expectAccessible, settled, visibleText, withStalledNetwork } from './helpers.js';

const root = (element: KyrJurisdictionPicker) => element.shadowRoot!;
const input = (element: KyrJurisdictionPicker) => root(element).querySelector<HTMLInputElement>('input[role="combobox"]')!;
const listbox = (element: KyrJurisdictionPicker) => root(element).querySelector<HTMLElement>('[role="listbox"]')!;
const options = (element: KyrJurisdictionPicker) => [...root(element).querySelectorAll<HTMLElement>('[role="option"]')];
const optionIds = (element: KyrJurisdictionPicker) => options(element).map((o) => o.id.replace(/^option-/, ''));
const status = (element: KyrJurisdictionPicker) => root(element).querySelector('[part="status"]')!.textContent!.trim();

/** The option the combobox points at with aria-activedescendant. */
function activeOption(element: KyrJurisdictionPicker): HTMLElement | null {
  const id = input(element).getAttribute('aria-activedescendant');
  return id ? root(element).getElementById(id) : null;
}

/** Every kyr-jurisdiction-change the element sends, seen from outside its shadow root. */
function recordEvents(target: EventTarget): CustomEvent<JurisdictionChangeDetail>[] {
  const seen: CustomEvent<JurisdictionChangeDetail>[] = [];
  target.addEventListener('kyr-jurisdiction-change', (event) => seen.push(event as CustomEvent<JurisdictionChangeDetail>));
  return seen;
}

async function press(element: KyrJurisdictionPicker, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

async function type(element: KyrJurisdictionPicker, text: string): Promise<void> {
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Settled, and the list of every place arrived (the field can show the current place before it). */
async function listReady(element: KyrJurisdictionPicker): Promise<void> {
  await settled(element);
  await waitUntil(() => !root(element).querySelector('[part="listbox"][aria-busy]'), 'the list of places stayed loading', { timeout: 8000 });
}

describe('<kyr-jurisdiction-picker>', () => {
  let catalog: Catalog;
  let places: { id: string; name: string }[];
  before(async () => {
    catalog = await (await fetch(`${DATA}catalog.json`)).json();
    places = catalog.jurisdictions
      .filter((j) => j.id !== 'global')
      .map((j) => ({ id: j.id, name: j.names['en'] ?? j.names[j.sourceLocale]! }));
  });

  it('lists every place in the catalog but the global baseline, by name, and is accessible open and closed', async () => {
    const element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker locale="en" data-src=${DATA}></kyr-jurisdiction-picker>`);
    await listReady(element);
    const field = input(element);
    expect(field.labels![0]!.textContent).to.contain('Country or region');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-controls')).to.equal(listbox(element).id);
    expect(listbox(element).hidden).to.equal(true);
    await expectAccessible(element);

    root(element).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await element.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(listbox(element).hidden).to.equal(false);
    expect(optionIds(element)).to.have.members(places.map((p) => p.id));
    expect(optionIds(element)).not.to.include('global');
    expect(visibleText(element)).not.to.contain('Everywhere');
    // Sorted by name for the reader.
    const names = options(element).map((o) => o.querySelector('.name')!.textContent!.trim());
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names).to.include('Kenya');
    await expectAccessible(element);
  });

  it('with more places than it draws at once: 100 around the current one, a note saying how many there are, and typing narrows them', async () => {
    // 150 places: the Kenyan entry again under other codes and names ("Place 001" to "Place 150").
    const kenya = catalog.jurisdictions.find((j) => j.id === 'ke')!;
    const many = {
      ...catalog,
      jurisdictions: Array.from({ length: 150 }, (_, i) => {
        const number = String(i + 1).padStart(3, '0');
        return { ...kenya, id: `zz-${i + 1}`, names: { en: `Place ${number}` } };
      }),
    };
    // The picker reads the names only (places.json), as kyr-content publishes them beside the catalog.
    const manyNames = { format: 'kyr-places/1', places: many.jurisdictions.map(({ id, names, sourceLocale }) => ({ id, names, sourceLocale })) };
    const realFetch = window.fetch;
    window.fetch = (url, init) =>
      String(url).endsWith('/many/places.json') ? Promise.resolve(new Response(JSON.stringify(manyNames))) : realFetch(url, init);
    try {
      const element = await fixture<KyrJurisdictionPicker>(
        html`<kyr-jurisdiction-picker jurisdiction="zz-120" locale="en" data-src="/many/"></kyr-jurisdiction-picker>`,
      );
      await listReady(element);
      root(element).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await element.updateComplete;
      expect(options(element)).to.have.length(100);
      expect(optionIds(element), 'the current place is among those drawn').to.include('zz-120');
      expect(optionIds(element)).to.include('zz-150');
      expect(activeOption(element)?.id).to.equal('option-zz-120');
      expect(visibleText(element)).to.contain('Showing 100 of 150 places. Type a name to find the others.');
      await expectAccessible(element);

      input(element).focus();
      input(element).select();
      await sendKeys({ type: 'Place 00' });
      await element.updateComplete;
      expect(optionIds(element)).to.deep.equal(['zz-1', 'zz-2', 'zz-3', 'zz-4', 'zz-5', 'zz-6', 'zz-7', 'zz-8', 'zz-9']);
      expect(visibleText(element)).not.to.contain('Showing');
    } finally {
      window.fetch = realFetch;
      clearDataCache();
    }
  });

  it('shows the current place set by attribute, and sends no event on first render or when the attribute changes', async () => {
    const seen = recordEvents(document);
    const element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker jurisdiction="ke" locale="en" data-src=${DATA}></kyr-jurisdiction-picker>`);
    await listReady(element);
    expect(input(element).value).to.equal('Kenya');
    element.setAttribute('jurisdiction', 'za');
    await element.updateComplete;
    expect(input(element).value).to.equal('South Africa');
    expect(seen.length).to.equal(0);
  });

  it('filters as the reader types, by name or by code, ignoring case and accents', async () => {
    const element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker locale="en" data-src=${DATA}></kyr-jurisdiction-picker>`);
    await listReady(element);
    input(element).focus();
    await type(element, 'KEN');
    expect(optionIds(element)).to.deep.equal(['ke']);
    expect(input(element).getAttribute('aria-expanded')).to.equal('true');
    expect(status(element)).to.equal('1 place matches.');
    await expectAccessible(element);

    input(element).select();
    await type(element, 'us-');
    expect(optionIds(element)).to.deep.equal(['us-la']);

    input(element).select();
    await type(element, 'zzzz');
    expect(options(element).length).to.equal(0);
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    expect(status(element)).to.contain('No place matches "zzzz"');
    await expectAccessible(element);
  });

  it('names places in the reader’s language, falling back to the source language, and finds them without accents', async () => {
    const element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker locale="es" data-src=${DATA}></kyr-jurisdiction-picker>`);
    await listReady(element);
    input(element).focus();
    await type(element, 'peru');
    expect(optionIds(element)).to.deep.equal(['pe']);
    expect(options(element)[0]!.textContent).to.contain('Perú');
    expect(options(element)[0]!.getAttribute('lang')).to.equal('es');
    input(element).select();
    await type(element, 'kenya');
    expect(optionIds(element)).to.deep.equal(['ke']);
    // Kenya has no Spanish name: its English name stands in, marked as English.
    expect(options(element)[0]!.getAttribute('lang')).to.equal('en');
    await expectAccessible(element);
  });

  it('is complete by keyboard: Tab in, arrows, Home, End and Enter choose, and the event fires once with its detail', async function (this: { timeout(ms: number): void }) {
    // Many key presses, each a round trip to the browser driver.
    this.timeout(30000);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button type="button">Before</button>
      <kyr-jurisdiction-picker locale="en" group="main" data-src=${DATA}></kyr-jurisdiction-picker>
    </div>`);
    const element = wrapper.querySelector('kyr-jurisdiction-picker')!;
    await listReady(element);
    const seen = recordEvents(wrapper);
    wrapper.querySelector('button')!.focus();
    await press(element, 'Tab');
    expect(root(element).activeElement).to.equal(input(element));

    await press(element, 'ArrowDown');
    expect(input(element).getAttribute('aria-expanded')).to.equal('true');
    const sorted = options(element).map((o) => o.id);
    expect(activeOption(element)!.id).to.equal(sorted[0]);
    expect(activeOption(element)!.getAttribute('aria-selected')).to.equal('true');
    await expectAccessible(element);

    await press(element, 'ArrowDown');
    await press(element, 'ArrowDown');
    expect(activeOption(element)!.id).to.equal(sorted[2]);
    await press(element, 'ArrowUp');
    expect(activeOption(element)!.id).to.equal(sorted[1]);
    await press(element, 'End');
    expect(activeOption(element)!.id).to.equal(sorted[sorted.length - 1]);
    await press(element, 'Home');
    expect(activeOption(element)!.id).to.equal(sorted[0]);
    await press(element, 'ArrowDown');
    const chosen = sorted[1]!.replace(/^option-/, '');
    expect(seen.length, 'no event while moving through the list').to.equal(0);

    await press(element, 'Enter');
    expect(seen.length).to.equal(1);
    expect(seen[0]!.detail).to.deep.equal({ jurisdiction: chosen, group: 'main' });
    expect(seen[0]!.bubbles).to.equal(true);
    expect(seen[0]!.composed).to.equal(true);
    expect(element.jurisdiction).to.equal(chosen);
    expect(element.getAttribute('jurisdiction')).to.equal(chosen);
    expect(input(element).value).to.equal(places.find((p) => p.id === chosen)!.name);
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    expect(root(element).activeElement).to.equal(input(element));

    // Choosing the same place again changes nothing, so sends nothing.
    await press(element, 'ArrowDown');
    expect(activeOption(element)!.id).to.equal(`option-${chosen}`);
    await press(element, 'Enter');
    expect(seen.length).to.equal(1);
    await expectAccessible(element);
  });

  it('chooses the only match with Enter after typing, and Escape closes the list then puts back the current place', async () => {
    const element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker jurisdiction="ke" locale="en" data-src=${DATA}></kyr-jurisdiction-picker>`);
    await listReady(element);
    const seen = recordEvents(element);
    input(element).focus();
    input(element).select();
    await type(element, 'swed');
    expect(optionIds(element)).to.deep.equal(['se']);
    await press(element, 'Escape');
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    expect(input(element).value).to.equal('swed');
    await press(element, 'Escape');
    expect(input(element).value).to.equal('Kenya');
    expect(seen.length).to.equal(0);

    input(element).select();
    await type(element, 'swed');
    await press(element, 'Enter');
    expect(seen.map((e) => e.detail)).to.deep.equal([{ jurisdiction: 'se', group: '' }]);
    expect(input(element).value).to.equal('Sweden');
  });

  it('puts back the current place when the reader leaves without choosing', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kyr-jurisdiction-picker jurisdiction="ke" locale="en" data-src=${DATA}></kyr-jurisdiction-picker>
      <button type="button">After</button>
    </div>`);
    const element = wrapper.querySelector('kyr-jurisdiction-picker')!;
    await listReady(element);
    const seen = recordEvents(wrapper);
    input(element).focus();
    input(element).select();
    await type(element, 'ug');
    await press(element, 'Tab');
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    expect(input(element).value).to.equal('Kenya');
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    expect(seen.length).to.equal(0);
  });

  it('chooses a place by pointer, too', async () => {
    const element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker locale="en" data-src=${DATA}></kyr-jurisdiction-picker>`);
    await listReady(element);
    setTimeout(() => {
      input(element).click();
      void element.updateComplete.then(() => options(element).find((o) => o.id === 'option-gy')!.click());
    });
    const event = await oneEvent(element, 'kyr-jurisdiction-change');
    expect(event.detail).to.deep.equal({ jurisdiction: 'gy', group: '' });
    expect(element.jurisdiction).to.equal('gy');
  });

  it('shows a visible, accessible loading state', async () => {
    await withStalledNetwork(async () => {
      const element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker data-src=${DATA}></kyr-jurisdiction-picker>`);
      const loading = root(element).querySelector('[part="loading"]');
      expect(loading, 'loading message').to.exist;
      expect(loading!.getAttribute('role')).to.equal('status');
      expect(visibleText(element)).to.contain('Loading the list of places');
      await expectAccessible(element);
    });
  });

  it('says the list could not be loaded, with a "Try again" button that loads it', async () => {
    const element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker data-src="/no-such-data/"></kyr-jurisdiction-picker>`);
    await listReady(element);
    const alert = root(element).querySelector('[role="alert"]');
    expect(alert, 'error message').to.exist;
    // No catalog at data-src is the site's setup, not the reader's connection.
    expect(alert!.textContent).to.contain('This information is not available right now');
    const retry = root(element).querySelector('button')!;
    expect(retry.textContent).to.contain('Try again');
    await expectAccessible(element);

  });

  it('loads the list when "Try again" is pressed after the network recovers', async () => {
    clearDataCache();
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('offline'));
    let element: KyrJurisdictionPicker;
    try {
      element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker locale="en" data-src=${DATA}></kyr-jurisdiction-picker>`);
      await listReady(element);
      expect(root(element).querySelector('[role="alert"]')!.textContent).to.contain('Check your connection');
    } finally {
      window.fetch = realFetch;
    }
    root(element).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await element.updateComplete;
    await listReady(element);
    expect(root(element).querySelector('[role="alert"]')).to.equal(null);
    expect(input(element)).to.exist;
    await waitUntil(() => root(element).activeElement === input(element), 'focus goes to the field');
    await expectAccessible(element);
  });

  it('is accessible right to left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><kyr-jurisdiction-picker data-src=${DATA}></kyr-jurisdiction-picker></div>`);
    const element = wrapper.querySelector('kyr-jurisdiction-picker')!;
    await listReady(element);
    input(element).focus();
    await press(element, 'ArrowDown');
    expect(options(element).length).to.equal(places.length);
    await expectAccessible(wrapper);
  });

  it('names the current place before the list of every place has arrived, and lists them once it has', async () => {
    clearDataCache();
    let releaseList!: () => void;
    const listHeld = new Promise<void>((release) => (releaseList = release));
    const realFetch = window.fetch;
    // The list of every place is slow (2,000 places on a slow network); the place's own entry is not.
    window.fetch = async (url, init) => {
      if (String(url).endsWith('/places.json')) await listHeld;
      return realFetch(url, init);
    };
    try {
      const element = await fixture<KyrJurisdictionPicker>(html`<kyr-jurisdiction-picker jurisdiction="ke" locale="en" data-src=${DATA}></kyr-jurisdiction-picker>`);
      await settled(element);
      expect(input(element).value).to.equal('Kenya');
      root(element).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await element.updateComplete;
      expect(visibleText(element)).to.contain('Loading the list of places…');
      expect(options(element)).to.have.length(0);
      await expectAccessible(element);
      releaseList();
      await waitUntil(() => options(element).length === places.length, 'the list did not fill in once it arrived', { timeout: 8000 });
      expect(visibleText(element)).not.to.contain('Loading the list of places…');
      expect(activeOption(element)?.id, 'opened on the current place').to.equal('option-ke');
    } finally {
      window.fetch = realFetch;
      clearDataCache();
    }
  });
});
