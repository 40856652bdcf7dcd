import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/help-directory.js';
import type { KyrHelpDirectory } from '../../src/elements/help-directory/help-directory.component.js';
import type { Contact, PublishedRecord } from '../../src/data/schema.js';
import type { LoadedRecord } from '../../src/data/load.js';
import { DATA, expectAccessible, publishedRecord, settled, visibleText, withChanges, withStalledNetwork } from './helpers.js';

const root = (element: KyrHelpDirectory) => element.shadowRoot!;
const items = (element: KyrHelpDirectory) => root(element).querySelectorAll('[part="list"] > li');
const count = (element: KyrHelpDirectory) => root(element).querySelector('[part="count"]')!.textContent!.trim();
const selects = (element: KyrHelpDirectory) => [...root(element).querySelectorAll('select')];
const isFirefox = navigator.userAgent.includes('Firefox');

/** Choose an option as a reader does: the value changes, then `change` fires. */
async function choose(element: KyrHelpDirectory, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

function contact(id: string, changes: Partial<Contact> = {}): Contact {
  return {
    id,
    name: `Organisation ${id}`,
    kinds: ['sex-worker-led'],
    channels: [{ kind: 'web', href: `https://${id}.example.org/` }],
    languages: ['en'],
    verifiedOn: '2026-11-22',
    sources: ['nswp-2014'],
    ...changes,
  };
}

describe('<kyr-help-directory>', () => {
  let kenya: PublishedRecord;
  before(async () => {
    kenya = await publishedRecord('ke');
  });

  it('shows Kenya\'s open contact with call, e-mail and web links that say what they do, and not the clinic that closed', async () => {
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory jurisdiction="ke" locale="en" data-src=${DATA}></kyr-help-directory>`);
    await settled(element);
    const text = visibleText(element);
    expect(text).to.contain('Where to get help in Kenya');
    expect(text).to.contain('Kenya Sex Workers Alliance (KESWA)');
    // BHESP's clinic closed in January 2025: it is in the record's history, never offered as help.
    expect(items(element)).to.have.length(1);
    expect(items(element)[0]!.textContent).not.to.contain('BHESP');
    // Nobody has called KESWA: the reader is told where the details come from, not "Checked on".
    expect(text).to.contain('From a source dated 2021; not checked since.');
    expect(text).not.to.contain('Checked on');
    expect(text).to.contain('English, Swahili');
    expect(text).to.contain('This is information, not legal advice.');
    expect(text).to.contain('Last reviewed');

    const links = [...root(element).querySelectorAll<HTMLAnchorElement>('[part="channel"] a')];
    const call = links.find((a) => a.href.startsWith('tel:'));
    const mail = links.find((a) => a.href.startsWith('mailto:'));
    const web = links.find((a) => a.href.startsWith('https:'));
    expect(call, 'a tel: link').to.exist;
    expect(mail, 'a mailto: link').to.exist;
    expect(web, 'an https: link').to.exist;
    expect(call!.getAttribute('href')).to.equal('tel:+254205292624');
    // The link's own text is its accessible name: the action, then a readable number.
    expect(call!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call +254 20 5292624');
    expect(call!.querySelector('bdi')!.getAttribute('dir')).to.equal('ltr');
    expect(mail!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('E-mail info@keswa-kenya.org');
    expect(web!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Open website keswa-kenya.org');
    expect(count(element)).to.equal('1 contact shown');
    await expectAccessible(element);
  });

  it('shows a visible, accessible loading state', async () => {
    await withStalledNetwork(async () => {
      const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory jurisdiction="ke" data-src=${DATA}></kyr-help-directory>`);
      const loading = root(element).querySelector('[part="loading"]');
      expect(loading, 'loading message').to.exist;
      expect(loading!.getAttribute('role')).to.equal('status');
      await expectAccessible(element);
    });
  });

  it('shows a clear error with "Try again" when the data location is down', async () => {
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory jurisdiction="ke" data-src="/no-such-data/"></kyr-help-directory>`);
    await settled(element);
    expect(root(element).querySelector('[role="alert"]')!.textContent).to.contain('This information is not available right now.');
    expect(root(element).querySelector('button')!.textContent).to.contain('Try again');
    await expectAccessible(element);
  });

  it('filters by kind and by language at once, and says how many are shown', async () => {
    const data = withChanges(kenya, {
      contacts: [
        contact('alpha', { kinds: ['sex-worker-led', 'health'], languages: ['en', 'sw'] }),
        contact('beta', { kinds: ['legal-aid'], languages: ['sw'] }),
        contact('gamma', { kinds: ['hotline', 'health'], languages: ['en', 'fr'] }),
        contact('delta', { kinds: ['migrant-support'], languages: ['fr'] }),
      ],
    });
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" .data=${data}></kyr-help-directory>`);
    await settled(element);
    expect(items(element).length).to.equal(4);
    expect(count(element)).to.equal('4 contacts shown');
    const live = root(element).querySelector('[part="count"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');

    const [kind, language] = selects(element);
    // Each select has a visible label around it.
    expect(kind!.closest('label')!.textContent).to.contain('Kind of help');
    expect(language!.closest('label')!.textContent).to.contain('Language');
    // Only the kinds and languages that some contact has are offered, by name.
    expect([...language!.options].map((o) => o.textContent!.trim())).to.deep.equal(['All languages', 'English', 'French', 'Swahili']);
    expect([...kind!.options].map((o) => o.value)).to.deep.equal(['', 'sex-worker-led', 'legal-aid', 'health', 'hotline', 'migrant-support']);
    await expectAccessible(element);

    await choose(element, kind!, 'health');
    expect(items(element).length).to.equal(2);
    expect(count(element)).to.equal('2 contacts shown');
    expect(visibleText(element)).not.to.contain('Organisation beta');

    await choose(element, language!, 'fr');
    expect(items(element).length).to.equal(1);
    expect(count(element)).to.equal('1 contact shown');
    expect(visibleText(element)).to.contain('Organisation gamma');

    await choose(element, kind!, 'legal-aid');
    expect(items(element).length).to.equal(0);
    expect(count(element)).to.equal('0 contacts shown');
    expect(visibleText(element)).to.contain('No contacts match');
    await expectAccessible(element);

    await choose(element, kind!, '');
    await choose(element, language!, '');
    expect(items(element).length).to.equal(4);
    expect(count(element)).to.equal('4 contacts shown');
  });

  it('says "Checked on" only for a contact someone checked; one known from a report says so, with the report\'s year', async () => {
    const unchecked = contact('from-report', { sources: ['report'] });
    delete unchecked.verifiedOn;
    const data = withChanges(kenya, {
      contacts: [unchecked, contact('checked', { verifiedOn: '2026-11-22' })],
      sources: [...kenya.sources, { id: 'report', kind: 'ngo', title: 'A report', publisher: 'An organisation', date: '2014' }],
    });
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" .data=${data}></kyr-help-directory>`);
    await settled(element);
    const [fromReport, checked] = [...items(element)].map((item) => item.textContent!.replace(/\s+/g, ' '));
    expect(fromReport).to.contain('From a source dated 2014; not checked since.');
    expect(fromReport).not.to.contain('Checked on');
    expect(fromReport, 'a year is never shown as a day').not.to.contain('January');
    expect(checked).to.contain('Checked on November 22, 2026.');
  });

  it('never shows a closed service as help, and says when one is paused', async () => {
    const data = withChanges(kenya, {
      contacts: [contact('closed', { status: 'closed' }), contact('paused', { status: 'paused' }), contact('open', { status: 'active' })],
    });
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" .data=${data}></kyr-help-directory>`);
    await settled(element);
    const text = visibleText(element);
    expect(text).not.to.contain('Organisation closed');
    expect(items(element)).to.have.length(2);
    expect(count(element)).to.equal('2 contacts shown');
    expect(items(element)[0]!.textContent).to.contain('This service says it is paused for now.');
    expect(items(element)[1]!.textContent).not.to.contain('paused');
  });

  it('in every bundled record, says "Checked on" only for contacts whose record has a check date', async function (this: { timeout(ms: number): void }) {
    this.timeout(60000);
    const catalog = await (await fetch(`${DATA}catalog.json`)).json();
    for (const { id } of catalog.jurisdictions as { id: string }[]) {
      const response = await fetch(`${DATA}${id}/latest/en.json`);
      const record: PublishedRecord = await response.json();
      const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" .data=${record}></kyr-help-directory>`);
      await settled(element);
      const shown = [...items(element)];
      const open = (record.contacts ?? []).filter((c) => c.status !== 'closed');
      expect(shown, id).to.have.length(open.length);
      shown.forEach((item, i) => {
        const says = item.textContent!.includes('Checked on');
        expect(says, `${id}: ${open[i]!.id}`).to.equal(Boolean(open[i]!.verifiedOn));
      });
    }
  });

  it('lists a contact without channels, with its description and where to ask instead', async () => {
    const data = withChanges(kenya, {
      contacts: [contact('quiet', { channels: [], description: 'A peer group that meets in person.', hours: 'Mondays', coverage: 'Mombasa' })],
    });
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" .data=${data}></kyr-help-directory>`);
    await settled(element);
    const text = visibleText(element);
    expect(text).to.contain('Organisation quiet');
    expect(text).to.contain('A peer group that meets in person.');
    expect(text).to.contain('No contact details yet: ask a local sex worker-led organisation');
    expect(text).to.contain('Mondays');
    expect(text).to.contain('Mombasa');
    expect(root(element).querySelector('[part="channel"]')).to.equal(null);
    await expectAccessible(element);
  });

  it('refuses inline data with a javascript: link and shows the error state', async () => {
    const data = withChanges(kenya, {
      contacts: [contact('bad', { channels: [{ kind: 'web', href: 'javascript:alert(1)' }] })],
    });
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory .data=${data}></kyr-help-directory>`);
    await settled(element);
    expect(root(element).querySelector('[role="alert"]')!.textContent).to.contain('did not pass a safety check');
    expect(root(element).querySelector('a[href^="javascript"]')).to.equal(null);
    expect(visibleText(element)).not.to.contain('Organisation bad');
    await expectAccessible(element);
  });

  it('does not link a channel whose href was tampered with after the check', async () => {
    const data = withChanges(kenya, { contacts: [contact('tampered', { channels: [{ kind: 'phone', href: 'tel:+15550100', label: '+1 555 0100' }] })] });
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" .data=${data}></kyr-help-directory>`);
    await settled(element);
    expect(root(element).querySelector('a[href="tel:+15550100"]'), 'the checked link').to.exist;
    // Reach past the schema check, as a script on the page could, and change the checked record.
    const view = (element as unknown as { view: { state: string; loaded: LoadedRecord } }).view;
    expect(view.state).to.equal('ready');
    view.loaded.record.contacts![0]!.channels[0]!.href = 'javascript:alert(1)';
    element.requestUpdate();
    await element.updateComplete;
    expect(root(element).querySelector('[part="channel"] a'), 'no link at all').to.equal(null);
    expect(root(element).querySelector('a[href^="javascript"]')).to.equal(null);
    expect(root(element).querySelector('[part="channel"]')!.textContent).to.contain('+1 555 0100');
    await expectAccessible(element);
  });

  it('renders 500 contacts', async function (this: { timeout(ms: number): void }) {
    // Heavier than the rest (axe over a long tree, or a second load): room for a busy test machine.
    this.timeout(30000);
    const contacts = Array.from({ length: 500 }, (_, i) =>
      contact(`org-${i}`, {
        kinds: i % 3 === 0 ? ['hotline'] : ['sex-worker-led', 'legal-aid'],
        languages: i % 2 ? ['en', 'sw'] : ['fr'],
        channels: [
          { kind: 'phone', href: `tel:+2547000${String(i).padStart(5, '0')}` },
          { kind: 'sms', href: `sms:+2547000${String(i).padStart(5, '0')}` },
          { kind: 'email', href: `mailto:org-${i}@example.org` },
        ],
      }),
    );
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" .data=${withChanges(kenya, { contacts })}></kyr-help-directory>`);
    await settled(element);
    expect(items(element).length).to.equal(500);
    expect(count(element)).to.equal('500 contacts shown');
    expect(root(element).querySelectorAll('a[href^="tel:"]').length).to.equal(500);
    const [kind] = selects(element);
    await choose(element, kind!, 'hotline');
    expect(items(element).length).to.equal(167);
    expect(count(element)).to.equal('167 contacts shown');
    const sms = root(element).querySelector<HTMLAnchorElement>('a[href^="sms:"]')!;
    expect(sms.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Send a text message to +254700000000');
  });

  it('in a long directory, draws the contacts far off screen only when scrolled near, and all of them on paper', async function (this: { timeout(ms: number): void }) {
    this.timeout(30000);
    const contacts = Array.from({ length: 200 }, (_, i) => contact(`far-${i}`));
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" .data=${withChanges(kenya, { contacts })}></kyr-help-directory>`);
    await settled(element);
    await nextFrame();
    const linkIn = (item: Element) => item.querySelector('a')!;
    const list = [...items(element)];
    // A browser decides what is near the screen at its next rendering update.
    await waitUntil(() => linkIn(list[0]!).checkVisibility({ contentVisibilityAuto: true }), 'the first contact is not drawn');
    expect(linkIn(list[199]!).checkVisibility({ contentVisibilityAuto: true }), 'the last is skipped while far away').to.equal(false);
    // Find in page and the keyboard still reach it, and scrolling there draws it.
    list[199]!.scrollIntoView();
    await waitUntil(() => linkIn(list[199]!).checkVisibility({ contentVisibilityAuto: true }), 'the last contact was not drawn when scrolled to');
    window.scrollTo(0, 0);
    if (isFirefox) {
      // puppeteer cannot emulate print media in Firefox: read the print rule instead.
      // Every print block of every sheet (the shared sheet has its own).
      const printRules = [...root(element).adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
        .flatMap((print) => [...print.cssRules]);
      const contactRule = printRules.find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.contact');
      expect(contactRule?.style.getPropertyValue('content-visibility')).to.equal('visible');
      return;
    }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(list[199]!).contentVisibility).to.equal('visible');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('says when a place has no contacts and shows the international ones, labelled as such', async function (this: { timeout(ms: number): void }) {
    // Heavier than the rest (axe over a long tree, or a second load): room for a busy test machine.
    this.timeout(30000);
    const data = withChanges(kenya, { contacts: [] });
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" data-src=${DATA} .data=${data}></kyr-help-directory>`);
    await settled(element);
    expect(visibleText(element)).to.contain('We do not have contacts for this place yet.');
    await waitUntil(() => root(element).querySelector('[part="international"]'), 'the international contacts appear', { timeout: 8000 });
    const international = root(element).querySelector('[part="international"]')!;
    expect(international.textContent).to.contain('International contacts');
    expect(international.textContent).to.contain('Global Network of Sex Work Projects (NSWP)');
    expect(international.querySelector('a[href="https://www.nswp.org/"]')).to.exist;
    // The international contacts carry their own review date and sources.
    expect(international.querySelector('[part="footer"]')).to.exist;
    await expectAccessible(element);
  });

  it('says when a place has no contacts even if the international ones cannot be loaded', async () => {
    const data = withChanges(kenya, { contacts: [] });
    const element = await fixture<KyrHelpDirectory>(html`<kyr-help-directory locale="en" data-src="/no-such-data/" .data=${data}></kyr-help-directory>`);
    await settled(element);
    await waitUntil(() => !root(element).querySelector('[role="status"]:not([part="count"])'), 'the international load ends', { timeout: 8000 });
    expect(visibleText(element)).to.contain('We do not have contacts for this place yet.');
    expect(root(element).querySelector('[part="international"]')).to.equal(null);
    expect(visibleText(element)).to.contain('This is information, not legal advice.');
    await expectAccessible(element);
  });

  it('is accessible right to left, with phone numbers kept left to right', async function (this: { timeout(ms: number): void }) {
    // Heavier than the rest (axe over a long tree, or a second load): room for a busy test machine.
    this.timeout(30000);
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><kyr-help-directory jurisdiction="ke" data-src=${DATA}></kyr-help-directory></div>`);
    const element = wrapper.querySelector('kyr-help-directory')!;
    await settled(element);
    expect(visibleText(element)).to.contain('BHESP');
    expect(root(element).querySelector('a[href^="tel:"] bdi')!.getAttribute('dir')).to.equal('ltr');
    await expectAccessible(wrapper);
  });
});
