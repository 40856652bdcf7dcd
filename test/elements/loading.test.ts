import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/rights-card.js';
import '../../src/define/arrest-guide.js';
import '../../src/define/help-directory.js';
import type { KyrRightsCard } from '../../src/elements/rights-card/rights-card.component.js';
import { DATA, clearDataCache, publishedRecord, settled, visibleText, withChanges } from './helpers.js';

/**
 * The one loading path every element shares (elements/shared/loading-controller.ts
 * and loadBaseline in data/load.ts): the place chosen last is the one shown, and
 * the global baseline is fetched once however many elements need it.
 */
describe('loading', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    clearDataCache();
  });

  it('shows the place chosen last, even when the answer for the one before arrives after it', async () => {
    clearDataCache();
    let releaseKenya!: () => void;
    const kenyaHeld = new Promise<void>((release) => (releaseKenya = release));
    // Kenya's record is slow to arrive; Uganda's comes at once.
    window.fetch = async (input, init) => {
      if (String(input).includes('/ke/')) await kenyaHeld;
      return realFetch(input, init);
    };
    const card = await fixture<KyrRightsCard>(html`<kyr-rights-card locale="en" data-src=${DATA} jurisdiction="ke"></kyr-rights-card>`);
    card.jurisdiction = 'ug';
    await settled(card);
    expect(visibleText(card)).to.contain('Uganda');
    releaseKenya();
    // Kenya's answer arrives late: it must not replace the place chosen last.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await card.updateComplete;
    expect(visibleText(card)).to.contain('Uganda');
    expect(visibleText(card)).not.to.contain('Kenya');
  });

  it('fetches the global baseline once for every element that needs it', async function (this: { timeout(ms: number): void }) {
    this.timeout(20000);
    clearDataCache();
    const kenya = await publishedRecord('ke');
    const baselineRequests: string[] = [];
    window.fetch = (input, init) => {
      if (String(input).includes('/global/')) baselineRequests.push(String(input));
      return realFetch(input, init);
    };
    // Three elements that each need the baseline: the arrest guide (general advice), a help
    // directory for a place with no contacts (international contacts), and a card whose pinned
    // version does not exist (the baseline stands in).
    const page = await fixture(html`<div>
      <kyr-arrest-guide locale="en" data-src=${DATA} jurisdiction="ke"></kyr-arrest-guide>
      <kyr-help-directory locale="en" data-src=${DATA} .data=${withChanges(kenya, { contacts: [] })}></kyr-help-directory>
      <kyr-rights-card locale="en" data-src=${DATA} jurisdiction="ke" version="0.0.1"></kyr-rights-card>
    </div>`);
    const [guide, directory, card] = [...page.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    for (const element of [guide!, directory!, card!]) await settled(element);
    await waitUntil(() => !guide!.shadowRoot!.querySelector('.general-loading'), 'general advice stayed loading', { timeout: 8000 });
    await waitUntil(() => directory!.shadowRoot!.querySelector('[part="international"]'), 'no international contacts', { timeout: 8000 });
    await waitUntil(() => visibleText(card!).includes('General information that applies everywhere is shown below.'), 'no baseline under the error', { timeout: 8000 });
    // One request for each of the baseline's files (its catalog entry, its record), however many elements ask.
    const records = baselineRequests.filter((url) => /\/global\/[^/]+\/en\.json$/.test(url));
    expect(records, baselineRequests.join(', ')).to.have.length(1);
    expect(new Set(baselineRequests).size, baselineRequests.join(', ')).to.equal(baselineRequests.length);
  });

  it("reads only its own place's entry of the catalog, and still shows the card from data published without entries", async () => {
    clearDataCache();
    const asked: string[] = [];
    let entries = true;
    window.fetch = (input, init) => {
      const url = String(input);
      asked.push(url.slice(url.indexOf('/data/')));
      // Data published before places had an entry file of their own.
      if (!entries && url.endsWith('/entry.json')) return Promise.resolve(new Response('Not found', { status: 404 }));
      return realFetch(input, init);
    };
    const card = await fixture<KyrRightsCard>(html`<kyr-rights-card locale="en" data-src=${DATA} jurisdiction="ke"></kyr-rights-card>`);
    await settled(card);
    expect(visibleText(card)).to.contain('Kenya');
    expect(asked, 'the first card needs no whole catalog').to.include('/data/ke/entry.json').and.not.include('/data/catalog.json');

    clearDataCache();
    asked.length = 0;
    entries = false;
    const older = await fixture<KyrRightsCard>(html`<kyr-rights-card locale="en" data-src=${DATA} jurisdiction="ug"></kyr-rights-card>`);
    await settled(older);
    expect(visibleText(older)).to.contain('Uganda');
    expect(asked).to.include('/data/catalog.json');
  });
});
