import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/rights-card.js';
import type { KyrRightsCard } from '../../src/elements/rights-card/rights-card.component.js';
import { DATA, emulateMediaType, expectAccessible, publishedRecord, settled, visibleText, withChanges, withStalledNetwork } from './helpers.js';

const card = (shadow: ShadowRoot | null) => shadow!.querySelector('[part="card"]')!;

describe('<kyr-rights-card>', () => {
  it('shows Kenya from the built data: the law, the rights, review date, sources and the disclaimer', async () => {
    const current = await (await fetch(`${DATA}ke/latest/en.json`)).json();
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-card>`);
    await settled(element);
    const text = visibleText(element);
    expect(text).to.contain('Your rights in Kenya');
    // Selling sex is not a crime nationally but county laws punish it: the headline says the law differs.
    expect(text).to.contain('The law differs from place to place');
    expect(text).to.contain('You can stay silent');
    expect(element.shadowRoot!.querySelectorAll('.rights li').length).to.equal(current.rights.length);
    expect(text).to.contain(`Last reviewed December 3, 2026. Law as of August 2021. Version ${current.version}.`);
    expect(text).to.contain('This is information, not legal advice.');
    expect(element.shadowRoot!.querySelector('[part="sources"] summary')!.textContent).to.contain(`Sources (${current.sources.length})`);
    expect(text).to.contain('(news report)');
    expect(text).to.contain('Draft: not yet checked by reviewers');
    await expectAccessible(element);
  });

  it('shows a visible loading state while the data is on its way, and it is accessible', async () => {
    await withStalledNetwork(async () => {
      const element = await fixture<KyrRightsCard>(html`<kyr-rights-card jurisdiction="ke" data-src=${DATA}></kyr-rights-card>`);
      const loading = element.shadowRoot!.querySelector('[part="loading"]');
      expect(loading, 'loading message').to.exist;
      expect(loading!.getAttribute('role')).to.equal('status');
      expect(visibleText(element)).to.contain('Loading rights information');
      await expectAccessible(element);
    });
  });

  it('shows a clear error, never a blank box, when the data location is down', async () => {
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card jurisdiction="ke" data-src="/no-such-data/"></kyr-rights-card>`);
    await settled(element);
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, 'error message').to.exist;
    expect(alert!.textContent).to.contain('This information is not available right now.');
    expect(element.shadowRoot!.querySelector('button')!.textContent).to.contain('Try again');
    await expectAccessible(element);
  });

  it('reads Swahili when asked, marks the block lang="sw" and says the translation is unreviewed', async () => {
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card jurisdiction="ke" locale="sw" data-src=${DATA}></kyr-rights-card>`);
    await settled(element);
    expect(card(element.shadowRoot).getAttribute('lang')).to.equal('sw');
    expect(visibleText(element)).to.contain('Unaweza kunyamaza');
    // The interface speaks Swahili too, once its strings have loaded.
    await waitUntil(() => visibleText(element).includes('Tafsiri bado haijakaguliwa'), 'no unreviewed-translation badge in Swahili');
    await expectAccessible(element);
  });

  it('falls back to the source language with a note when the reader’s language is missing', async () => {
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card jurisdiction="ke" locale="th" data-src=${DATA}></kyr-rights-card>`);
    await settled(element);
    expect(card(element.shadowRoot).getAttribute('lang')).to.equal('en');
    await waitUntil(() => visibleText(element).includes('ข้อมูลนี้ยังไม่มีในภาษาของคุณ'), 'no fallback note in Thai');
    await expectAccessible(element);
  });

  it('says a record past its review date may be out of date', async () => {
    const data = withChanges(await publishedRecord('ke'), { lastReviewed: '2020-01-01', nextReviewDue: '2020-07-01' });
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card .data=${data}></kyr-rights-card>`);
    await settled(element);
    expect(visibleText(element)).to.contain('This may be out of date: it was due for review on July 1, 2020.');
    await expectAccessible(element);
  });

  it('drops the draft badge once a record is legally reviewed', async () => {
    const data = withChanges(await publishedRecord('ke'), { status: 'legal-reviewed', reviewedBy: ['A reviewer'] });
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card .data=${data}></kyr-rights-card>`);
    await settled(element);
    expect(visibleText(element)).not.to.contain('Draft');
    expect(visibleText(element)).to.contain('Reviewed by A reviewer.');
  });

  it('renders markup in the data as plain text', async () => {
    const record = await publishedRecord('ke');
    const data = withChanges(record, {
      rights: [{ ...record.rights[0]!, title: '<img src=x onerror="window.__pwned=1">Injected' }],
    });
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card .data=${data}></kyr-rights-card>`);
    await settled(element);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(visibleText(element)).to.contain('<img src=x onerror="window.__pwned=1">Injected');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('refuses a record with a javascript: link and shows the error state instead', async () => {
    const record = await publishedRecord('ke');
    const data = withChanges(record, {
      sources: [{ ...record.sources[0]!, url: 'javascript:alert(1)' }, ...record.sources.slice(1)],
    });
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card .data=${data}></kyr-rights-card>`);
    await settled(element);
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('did not pass a safety check');
    expect(element.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    await expectAccessible(element);
  });

  it('shows only the law and the titles of the rights in the compact variant', async () => {
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card variant="compact" jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-card>`);
    await settled(element);
    const text = visibleText(element);
    expect(text).to.contain('You can stay silent');
    expect(text).not.to.contain('No one can force you to confess');
    expect(text).to.contain('This is information, not legal advice.');
    await expectAccessible(element);
  });

  describe('wallet variant', () => {
    afterEach(() => emulateMediaType('screen'));

    it('puts key rights in the reader’s language on the front and the Swahili officer statement on the back', async () => {
      const element = await fixture<KyrRightsCard>(html`<kyr-rights-card variant="wallet" jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-card>`);
      await settled(element);
      const front = element.shadowRoot!.querySelector('[part="wallet-front"]')!;
      const back = element.shadowRoot!.querySelector('[part="wallet-back"]')!;
      expect(front.getAttribute('lang')).to.equal('en');
      expect(front.querySelectorAll('li').length).to.equal(4);
      expect(front.textContent).to.contain('You can stay silent');
      const statement = back.querySelector('.statement')!;
      expect(statement.getAttribute('lang')).to.equal('sw');
      expect(statement.textContent).to.contain('Nitanyamaza');
      expect(back.textContent).to.contain('I will stay silent');
      await expectAccessible(element);
    });

    it('prints each side at credit-card size with nothing cut off', async function () {
      const element = await fixture<KyrRightsCard>(html`<kyr-rights-card variant="wallet" jurisdiction="ke" locale="en" data-src=${DATA}></kyr-rights-card>`);
      await settled(element);
      // Firefox's WebDriver BiDi cannot emulate print media yet; Chromium checks the print rules.
      if (!(await emulateMediaType('print'))) this.skip();
      const mm = 96 / 25.4;
      for (const part of ['wallet-front', 'wallet-back']) {
        const side = element.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!;
        const box = side.getBoundingClientRect();
        expect(box.width, `${part} width`).to.be.closeTo(85.6 * mm, 2);
        expect(box.height, `${part} height`).to.be.closeTo(53.98 * mm, 2);
        expect(side.scrollHeight, `${part} content fits`).to.be.at.most(side.clientHeight + 1);
      }
      expect(getComputedStyle(element.shadowRoot!.querySelector('.print-action')!).display).to.equal('none');
    });
  });

  it('opens with what is punished: Uganda, and every record whose selling or soliciting is an offence, never says "not clear"', async function (this: { timeout(ms: number): void }) {
    this.timeout(60000);
    const catalog = await (await fetch(`${DATA}catalog.json`)).json();
    const punishedWords = ['a crime', 'an offence, usually a fine'];
    let checked = 0;
    for (const { id } of catalog.jurisdictions as { id: string }[]) {
      if (id === 'global') continue;
      const element = await fixture<KyrRightsCard>(html`<kyr-rights-card jurisdiction=${id} locale="en" data-src=${DATA}></kyr-rights-card>`);
      await settled(element);
      const root = element.shadowRoot!;
      const answer = (name: string) =>
        [...root.querySelectorAll('.activities dt')].find((dt) => dt.textContent!.trim() === name)?.nextElementSibling?.textContent!.trim() ?? '';
      const headline = root.querySelector('.label')!.textContent!.trim();
      if (id === 'ug') expect(['Selling sex is an offence', 'Sex work is criminalised'], 'Uganda').to.include(headline);
      if (punishedWords.includes(answer('Selling sex')) || punishedWords.includes(answer('Looking for clients in public'))) {
        expect(headline, id).not.to.equal('The law is not clear');
        checked++;
      }
    }
    expect(checked, 'records where selling or soliciting is punished').to.be.greaterThan(5);
  });

  it('shows a bill as a bill: under "Changes that are not law yet", never as the law', async () => {
    const data = withChanges(await publishedRecord('ke'), {
      pendingChanges: [{ id: 'decrim-bill', kind: 'bill', text: 'A bill would end the offence of soliciting.', sources: ['nswp-2014'] }],
    });
    const element = await fixture<KyrRightsCard>(html`<kyr-rights-card locale="en" .data=${data}></kyr-rights-card>`);
    await settled(element);
    const pending = element.shadowRoot!.querySelector('[part="pending"]')!;
    expect(pending.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Changes that are not law yet');
    expect(pending.querySelector('li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Bill: A bill would end the offence of soliciting. (Sources: 1)');
    await expectAccessible(element);
  });
});
