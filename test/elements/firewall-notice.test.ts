import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/firewall-notice.js';
import type { KyrFirewallNotice } from '../../src/elements/firewall-notice/firewall-notice.component.js';
import type { FirewallEntry } from '../../src/data/schema.js';
import { DATA, clearDataCache, expectAccessible, publishedRecord, settled, visibleText, withChanges, withStalledNetwork } from './helpers.js';

const shadow = (element: KyrFirewallNotice) => element.shadowRoot!;
const textOf = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Kenya with answers of every kind, for the states real content does not have yet. */
async function kenyaWith(firewall: FirewallEntry[]) {
  return withChanges(await publishedRecord('ke'), { firewall });
}

const entry = (sector: FirewallEntry['sector'], sharesWithImmigration: FirewallEntry['sharesWithImmigration'], basis: FirewallEntry['basis']): FirewallEntry => ({
  sector,
  sharesWithImmigration,
  basis,
  text: `Test text for ${sector}.`,
  sources: ['nswp-2014'],
});

describe('<kyr-firewall-notice>', () => {
  afterEach(() => clearDataCache());

  it('answers for one service from the built data: an unknown answer in words and with an icon', async () => {
    const element = await fixture<KyrFirewallNotice>(
      html`<kyr-firewall-notice service="health" jurisdiction="ke" locale="en" data-src=${DATA}></kyr-firewall-notice>`,
    );
    await settled(element);
    const text = visibleText(element);
    expect(text).to.contain('Do health services share your information with immigration?');
    const found = shadow(element).querySelectorAll('[part="entry"]');
    expect(found.length).to.equal(1);
    const answer = found[0]!.querySelector('[part="answer"]')!;
    expect(textOf(answer)).to.equal('Not known: we do not know if this service shares your information with immigration.');
    const icon = answer.querySelector('svg')!;
    expect(icon, 'icon beside the text').to.exist;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf(found[0]!.querySelector('[part="basis"]'))).to.equal('Basis: not known.');
    expect(found[0]!.querySelector('[part="basis"] svg')).to.exist;
    expect(text).to.contain('We do not know whether clinics in Kenya share your details with immigration.');
    expect(text).to.contain('(Sources: 1)');
    expect(textOf(found[0]!.querySelector('[part="advice"]'))).to.equal('Give only the details you need to. Ask a sex worker-led organisation what is safe here.');
    expect(text).not.to.contain('police share reports');
    expect(text).to.contain('This is information, not legal advice.');
    expect(text).to.contain('Draft: not yet checked by reviewers');
    await expectAccessible(element);
  });

  it('lists every sector the record has when no service is given', async () => {
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice jurisdiction="ke" locale="en" data-src=${DATA}></kyr-firewall-notice>`);
    await settled(element);
    expect(visibleText(element)).to.contain('Do services share your information with immigration?');
    const sectors = [...shadow(element).querySelectorAll('.entries [part="entry"]')].map((node) => node.getAttribute('data-sector'));
    expect(sectors).to.deep.equal(['health', 'police']);
    const headings = [...shadow(element).querySelectorAll('.entries [role="heading"]')].map(textOf);
    expect(headings).to.deep.equal(['Health care', 'Reporting a crime to the police']);
    expect(textOf(shadow(element).querySelector('p[part="missing"]'))).to.equal(
      'We have no information yet about: Labour and work-rights offices, Schools and education, Housing and shelters, and Social services.',
    );
    await expectAccessible(element);
  });

  it('tells yes, no and unknown, and each basis, by words and by a different icon', async () => {
    const data = await kenyaWith([
      entry('health', 'no', 'statute'),
      entry('police', 'yes', 'policy'),
      entry('labour', 'unknown', 'practice'),
      entry('education', 'no', 'unknown'),
      entry('housing', 'yes', 'practice'),
      entry('social', 'unknown', 'unknown'),
    ]);
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice .data=${data}></kyr-firewall-notice>`);
    await settled(element);
    const bySector = (sector: string) => shadow(element).querySelector(`[part="entry"][data-sector="${sector}"]`)!;
    expect(textOf(bySector('health').querySelector('[part="answer"]'))).to.equal('No: this service does not share your information with immigration.');
    expect(textOf(bySector('health').querySelector('[part="basis"]'))).to.equal('Basis: a law.');
    expect(textOf(bySector('health').querySelector('[part="advice"]'))).to.contain('should not pass on your details');
    expect(textOf(bySector('police').querySelector('[part="answer"]'))).to.equal('Yes: this service may share your information with immigration.');
    expect(textOf(bySector('police').querySelector('[part="basis"]'))).to.equal('Basis: an official policy.');
    expect(textOf(bySector('police').querySelector('[part="advice"]'))).to.equal(
      'Think before you give your name or address. Ask a sex worker-led organisation for a safer way.',
    );
    expect(textOf(bySector('labour').querySelector('[part="basis"]'))).to.equal('Basis: what happens in practice.');
    // Different answers draw different icons, so the difference never rests on colour.
    const drawing = (sector: string) => bySector(sector).querySelector('[part="answer"] svg')!.innerHTML;
    expect(new Set([drawing('health'), drawing('police'), drawing('labour')]).size).to.equal(3);
    expect(drawing('health')).to.equal(drawing('education'));
    expect(shadow(element).querySelector('p[part="missing"]')).to.equal(null);
    expect(textOf(bySector('housing'))).to.contain('Test text for housing.');
    await expectAccessible(element);
  });

  it('says honestly that it does not know when the record has nothing for the service', async () => {
    const element = await fixture<KyrFirewallNotice>(
      html`<kyr-firewall-notice service="housing" jurisdiction="ke" locale="en" data-src=${DATA}></kyr-firewall-notice>`,
    );
    await settled(element);
    const missing = shadow(element).querySelector('[part="missing"]')!;
    expect(missing, 'a "we do not know" answer').to.exist;
    expect(textOf(missing)).to.contain('We do not know whether housing services and shelters here share information with immigration.');
    expect(missing.querySelector('[part="answer"] svg')).to.exist;
    expect(textOf(missing.querySelector('[part="answer"]'))).to.contain('Not known');
    expect(visibleText(element)).to.contain('This is information, not legal advice.');
    await expectAccessible(element);
  });

  it('says so when the record has no firewall entries at all', async () => {
    const data = withChanges(await publishedRecord('ke'), { firewall: undefined });
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice .data=${data}></kyr-firewall-notice>`);
    await settled(element);
    expect(textOf(shadow(element).querySelector('[part="missing"]'))).to.contain(
      'We do not know whether services here share information with immigration.',
    );
    await expectAccessible(element);
  });

  it('shows a visible loading state while the data is on its way', async () => {
    await withStalledNetwork(async () => {
      const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice service="health" jurisdiction="ke" data-src=${DATA}></kyr-firewall-notice>`);
      const loading = shadow(element).querySelector('[part="loading"]');
      expect(loading, 'loading message').to.exist;
      expect(loading!.getAttribute('role')).to.equal('status');
      await expectAccessible(element);
    });
  });

  it('shows a clear error, never a blank box, when the data location is down', async () => {
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice jurisdiction="ke" data-src="/no-such-data/"></kyr-firewall-notice>`);
    await settled(element);
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert, 'error message').to.exist;
    expect(alert!.textContent).to.contain('This information is not available right now.');
    expect(shadow(element).querySelector('[part="error"] button')!.textContent).to.contain('Try again');
    await expectAccessible(element);
  });

  it('stands in with the global baseline, said as such, for a place without a record', async () => {
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice jurisdiction="zz" locale="en" data-src=${DATA}></kyr-firewall-notice>`);
    await settled(element);
    const text = visibleText(element);
    expect(text).to.contain('We do not have information for this place yet.');
    expect(text).to.contain('It does not say what any one country does.');
    expect(shadow(element).querySelectorAll('[part="entry"]').length).to.be.greaterThan(0);
    await expectAccessible(element);
  });

  it('says a stale record may be out of date, with the draft badge', async () => {
    const data = withChanges(await publishedRecord('ke'), { lastReviewed: '2020-01-01', nextReviewDue: '2020-07-01' });
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice service="police" .data=${data}></kyr-firewall-notice>`);
    await settled(element);
    const text = visibleText(element);
    expect(text).to.contain('This may be out of date: it was due for review on July 1, 2020.');
    expect(text).to.contain('Draft: not yet checked by reviewers');
    await expectAccessible(element);
  });

  it('drops the draft badge once a record is legally reviewed', async () => {
    const data = withChanges(await publishedRecord('ke'), { status: 'legal-reviewed', reviewedBy: ['A reviewer'] });
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice .data=${data}></kyr-firewall-notice>`);
    await settled(element);
    expect(visibleText(element)).not.to.contain('Draft: not yet checked');
    expect(visibleText(element)).to.contain('Reviewed by A reviewer.');
    await expectAccessible(element);
  });

  it('renders markup in the data as plain text', async () => {
    const data = await kenyaWith([{ ...entry('health', 'yes', 'statute'), text: '<img src=x onerror="window.__pwned=1">Injected' }]);
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice service="health" .data=${data}></kyr-firewall-notice>`);
    await settled(element);
    expect(shadow(element).querySelector('img')).to.equal(null);
    expect(visibleText(element)).to.contain('<img src=x onerror="window.__pwned=1">Injected');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders right to left in Arabic and is accessible, for one service and for all', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
      <kyr-firewall-notice service="health" jurisdiction="global" data-src=${DATA}></kyr-firewall-notice>
      <kyr-firewall-notice jurisdiction="ke" data-src=${DATA}></kyr-firewall-notice>
    </div>`);
    const [one, all] = [...wrapper.querySelectorAll('kyr-firewall-notice')];
    await settled(one!);
    await settled(all!);
    const box = shadow(one!).querySelector('[part="notice-box"]')!;
    expect(box.getAttribute('lang')).to.equal('ar');
    expect(box.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(shadow(one!).querySelector('[part="answer"]')!).direction).to.equal('rtl');
    // Kenya has no Arabic: English, marked left to right, with a note.
    expect(shadow(all!).querySelector('[part="notice-box"]')!.getAttribute('dir')).to.equal('ltr');
    await waitUntil(() => visibleText(all!).includes('هذه المعلومات غير متوفرة بلغتك بعد'), 'no fallback note in Arabic');
    await expectAccessible(wrapper);
  });

  it('tells a migrant what selling sex, a conviction or the police can do to their papers, in words, with sources', async () => {
    const data = withChanges(await publishedRecord('ke'), {
      immigration: [
        { id: 'selling', event: 'selling', answer: 'yes', text: 'Selling sex is a ground to cancel a permit.', sources: ['nswp-2014'] },
        { id: 'conviction', event: 'conviction', answer: 'unknown', text: 'We could not find what a conviction does.', sources: [] },
        { id: 'police', event: 'police-data', answer: 'no', text: 'A policy keeps victims\' details from immigration.', sources: ['nswp-2014'] },
      ],
    });
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice locale="en" .data=${data}></kyr-firewall-notice>`);
    await settled(element);
    const section = shadow(element).querySelector('[part="immigration"]')!;
    expect(textOf(section.querySelector('[role="heading"]'))).to.equal('If you are a migrant: your visa and residence permit');
    const answers = [...section.querySelectorAll('li')].map(textOf);
    expect(answers[0]).to.equal('Selling sex: can affect your visa or permit. Selling sex is a ground to cancel a permit. (Sources: 1)');
    expect(answers[1], 'an honest unknown cites nothing').to.equal('A conviction: not known. We could not find what a conviction does.');
    expect(answers[2]).to.contain('Police and immigration: police do not share your details, as far as the sources say.');
    await expectAccessible(element);

    // A notice for one service stays about that service.
    element.setAttribute('service', 'health');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="immigration"]')).to.equal(null);
  });

  it('says "we do not know" about a migrant\'s papers when a record (an older version) has no immigration section', async () => {
    const data = withChanges(await publishedRecord('ke'), { immigration: undefined });
    const element = await fixture<KyrFirewallNotice>(html`<kyr-firewall-notice locale="en" .data=${data}></kyr-firewall-notice>`);
    await settled(element);
    expect(textOf(shadow(element).querySelector('[part="immigration"]'))).to.contain(
      'We do not know whether sex work or an arrest here can affect your visa or residence permit.',
    );
  });
});
