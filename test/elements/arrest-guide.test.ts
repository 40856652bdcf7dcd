import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/arrest-guide.js';
import type { KyrArrestGuide } from '../../src/elements/arrest-guide/arrest-guide.component.js';
import type { ArrestStage } from '../../src/data/schema.js';
import { DATA, clearDataCache, expectAccessible, publishedRecord, settled, visibleText, withChanges, withStalledNetwork } from './helpers.js';

const shadow = (element: KyrArrestGuide) => element.shadowRoot!;
const stageButton = (element: KyrArrestGuide, stage: ArrestStage) =>
  shadow(element).querySelector<HTMLButtonElement>(`#stage-button-${stage}`)!;
const stagePanel = (element: KyrArrestGuide, stage: ArrestStage) =>
  shadow(element).querySelector<HTMLElement>(`#stage-panel-${stage}`)!;
const panelText = (element: KyrArrestGuide, stage: ArrestStage) => stagePanel(element, stage).textContent!.replace(/\s+/g, ' ').trim();

/** Wait for the record and for the general advice loaded beside it. */
async function ready(element: KyrArrestGuide): Promise<void> {
  await settled(element);
  await waitUntil(() => !shadow(element).querySelector('.general-loading'), 'general advice stayed loading', { timeout: 8000 });
  await element.updateComplete;
}

/** Record every kyr-stage-change the element fires. */
function stageEvents(element: KyrArrestGuide): ArrestStage[] {
  const seen: ArrestStage[] = [];
  element.addEventListener('kyr-stage-change', (event) => seen.push(event.detail.stage));
  return seen;
}

describe('<kyr-arrest-guide>', () => {
  afterEach(() => clearDataCache());

  it('shows Kenya’s warnings first, then its other steps, then the general advice for the stage', async () => {
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide jurisdiction="ke" locale="en" data-src=${DATA}></kyr-arrest-guide>`);
    await ready(element);
    const text = visibleText(element);
    expect(text).to.contain('If police stop or arrest you in Kenya');
    expect(stageButton(element, 'stopped').getAttribute('aria-expanded')).to.equal('true');
    expect(stagePanel(element, 'stopped').hidden).to.equal(false);
    expect(stagePanel(element, 'arrested').hidden).to.equal(true);

    const items = [...stagePanel(element, 'stopped').querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.match(/^Warning: Police or county officers may say you are "loitering"/);
    expect(items[1]).to.match(/^Warning: Some officers ask for money/);
    expect(items[2]).to.contain('Stay calm. Do not argue');
    // Warnings are told by a word, not by colour alone.
    expect(stagePanel(element, 'stopped').querySelectorAll('[part="warning"] .warning-label').length).to.equal(2);
    const panel = panelText(element, 'stopped');
    expect(panel.indexOf('In Kenya')).to.be.lessThan(panel.indexOf('General advice (applies everywhere)'));
    // Kenya's steps cite Kenya's sources by number; the general advice cites the baseline's as G1, G2 …
    expect(items[0]).to.match(/\(Sources: 1, 4\)$/);
    expect(items[2]).to.match(/\(General sources: G\d+\)/);
    expect(shadow(element).querySelector('[part="general-sources"] summary')!.textContent).to.contain('Sources of the general advice');
    expect(text).to.contain('This is information, not legal advice.');
    expect(text).to.contain('Draft: not yet checked by reviewers');
    await expectAccessible(element);

    // A stage without warnings puts the place's steps before the general advice too.
    stageButton(element, 'arrested').click();
    await element.updateComplete;
    const arrested = panelText(element, 'arrested');
    expect(arrested.indexOf('Ask why you are being arrested')).to.be.lessThan(arrested.indexOf('Ask for an interpreter'));
    await expectAccessible(element);
  });

  it('shows the general advice once when the record is the baseline', async () => {
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide jurisdiction="global" locale="en" data-src=${DATA}></kyr-arrest-guide>`);
    await ready(element);
    expect(visibleText(element)).to.contain('If police stop or arrest you');
    expect(stagePanel(element, 'stopped').querySelectorAll('.group-heading').length).to.equal(1);
    expect(panelText(element, 'stopped').match(/Stay calm\. Do not argue/g)!.length).to.equal(1);
    expect(shadow(element).querySelector('[part="general-sources"]')).to.equal(null);
    await expectAccessible(element);
  });

  it('stands in with the baseline, said as such, for a place without a record', async () => {
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide jurisdiction="zz" locale="en" data-src=${DATA}></kyr-arrest-guide>`);
    await ready(element);
    const text = visibleText(element);
    expect(text).to.contain('We do not have information for this place yet.');
    expect(text.match(/Stay calm\. Do not argue/g)!.length).to.equal(1);
    await expectAccessible(element);
  });

  it('reads Swahili, and says when the general advice is in another language', async () => {
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide jurisdiction="ke" locale="sw" data-src=${DATA}></kyr-arrest-guide>`);
    await ready(element);
    expect(shadow(element).querySelector('[part="guide"]')!.getAttribute('lang')).to.equal('sw');
    expect(panelText(element, 'stopped')).to.contain('Polisi au askari wa kaunti wanaweza kusema "unazurura"');
    expect(shadow(element).querySelector('#stage-panel-stopped .general')!.getAttribute('lang')).to.equal('en');
    // The interface speaks Swahili too, once its strings have loaded.
    await waitUntil(() => visibleText(element).includes('Ushauri wa jumla bado haupatikani kwa lugha yako.'), 'no Swahili note that the general advice is in English');
    expect(visibleText(element)).to.contain('Tafsiri bado haijakaguliwa');
    await expectAccessible(element);

    // When both fall back to the same language, one note is enough.
    const thai = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide jurisdiction="ke" locale="th" data-src=${DATA}></kyr-arrest-guide>`);
    await ready(thai);
    await waitUntil(() => visibleText(thai).includes('ข้อมูลนี้ยังไม่มีในภาษาของคุณ'), 'no fallback note in Thai');
    expect(visibleText(thai)).not.to.contain('คำแนะนำทั่วไปยังไม่มีในภาษาของคุณ');
  });

  it('is keyboard-complete: Tab to a stage, Enter and Space open it, Next stage moves focus', async () => {
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide jurisdiction="ke" locale="en" data-src=${DATA}></kyr-arrest-guide>`);
    await ready(element);
    const events = stageEvents(element);
    const before = document.createElement('button');
    before.textContent = 'Before';
    element.before(before);
    before.focus();
    const focused = () => shadow(element).activeElement;
    /** Key events arrive asynchronously (Firefox's WebDriver BiDi in particular): wait for their effect. */
    const until = (check: () => boolean, message: string) => waitUntil(check, message, { timeout: 4000 });

    await sendKeys({ press: 'Tab' });
    await until(() => focused() === stageButton(element, 'stopped'), 'Tab did not reach the first stage');
    // Stopped is open at first; Enter closes it and opens it again.
    await sendKeys({ press: 'Enter' });
    await until(() => stagePanel(element, 'stopped').hidden, 'Enter did not close the stage');
    await sendKeys({ press: 'Enter' });
    await until(() => !stagePanel(element, 'stopped').hidden, 'Enter did not open the stage');

    // Tab on: past any links in the open stage, to the next stage's button; Space opens it.
    const tabTo = async (target: Element, message: string) => {
      for (let steps = 0; focused() !== target && steps < 20; steps++) {
        const from = focused();
        await sendKeys({ press: 'Tab' });
        await until(() => focused() !== from, 'Tab did not move focus');
      }
      expect(focused(), message).to.equal(target);
    };
    await tabTo(stageButton(element, 'arrested'), 'the second stage button');
    // ' ' is Space in both browsers (Firefox's WebDriver BiDi knows no "Space" key name).
    await sendKeys({ press: ' ' });
    await until(() => !stagePanel(element, 'arrested').hidden, 'Space did not open the stage');
    expect(stageButton(element, 'arrested').getAttribute('aria-expanded')).to.equal('true');

    // Next stage: Tab to the button in the arrested stage, press Enter; focus lands on the next stage.
    await tabTo(stagePanel(element, 'arrested').querySelector('.next-stage')!, 'the next-stage button');
    await sendKeys({ press: 'Enter' });
    await until(() => focused() === stageButton(element, 'detained'), 'focus did not move to the next stage');
    expect(stagePanel(element, 'detained').hidden).to.equal(false);
    expect(stagePanel(element, 'arrested').hidden).to.equal(true);

    // Previous stage goes back the same way.
    stagePanel(element, 'detained').querySelector<HTMLButtonElement>('.previous-stage')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused() === stageButton(element, 'arrested'), 'focus did not move to the previous stage');
    expect(events).to.deep.equal(['stopped', 'arrested', 'detained', 'arrested']);
    before.remove();
    await expectAccessible(element);
  });

  it('fires kyr-stage-change on the reader’s action only, not on first render or open-stage', async () => {
    const seen: ArrestStage[] = [];
    const listener = (event: CustomEvent<{ stage: ArrestStage }>) => seen.push(event.detail.stage);
    document.addEventListener('kyr-stage-change', listener);
    try {
      const element = await fixture<KyrArrestGuide>(
        html`<kyr-arrest-guide jurisdiction="ke" locale="en" open-stage="detained" data-src=${DATA}></kyr-arrest-guide>`,
      );
      await ready(element);
      expect(stagePanel(element, 'detained').hidden).to.equal(false);
      expect(stagePanel(element, 'stopped').hidden).to.equal(true);
      element.openStage = 'afterRelease';
      await element.updateComplete;
      expect(stagePanel(element, 'afterRelease').hidden).to.equal(false);
      expect(seen, 'no event without a reader').to.deep.equal([]);

      // Closing a stage is not "opening" one.
      stageButton(element, 'afterRelease').click();
      await element.updateComplete;
      expect(seen).to.deep.equal([]);

      setTimeout(() => stageButton(element, 'arrested').click());
      const event = await oneEvent(element, 'kyr-stage-change');
      expect(event.detail).to.deep.equal({ stage: 'arrested' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(seen).to.deep.equal(['arrested']);
    } finally {
      document.removeEventListener('kyr-stage-change', listener);
    }
  });

  it('shows "Find help near you" for a fragment or an allowed link, and nothing for a bad one', async () => {
    const fragment = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide jurisdiction="ke" locale="en" help-href="#help" data-src=${DATA}></kyr-arrest-guide>`);
    await ready(fragment);
    const link = shadow(fragment).querySelector<HTMLAnchorElement>('[part="help-link"] a')!;
    expect(link.textContent!.trim()).to.equal('Find help near you');
    expect(link.getAttribute('href')).to.equal('#help');
    await expectAccessible(fragment);

    fragment.helpHref = 'https://example.org/help';
    await fragment.updateComplete;
    expect(shadow(fragment).querySelector('[part="help-link"] a')!.getAttribute('href')).to.equal('https://example.org/help');

    fragment.helpHref = 'javascript:alert(1)';
    await fragment.updateComplete;
    expect(shadow(fragment).querySelector('[part="help-link"]')).to.equal(null);
    expect(shadow(fragment).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('shows a visible loading state while the data is on its way', async () => {
    await withStalledNetwork(async () => {
      const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide jurisdiction="ke" data-src=${DATA}></kyr-arrest-guide>`);
      const loading = shadow(element).querySelector('[part="loading"]');
      expect(loading, 'loading message').to.exist;
      expect(loading!.getAttribute('role')).to.equal('status');
      await expectAccessible(element);
    });
  });

  it('shows the place’s steps while the general advice is still loading', async () => {
    const data = await publishedRecord('ke');
    await withStalledNetwork(async () => {
      const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide .data=${data} data-src=${DATA}></kyr-arrest-guide>`);
      await settled(element);
      expect(panelText(element, 'stopped')).to.contain('Police may say you are "loitering"');
      expect(panelText(element, 'stopped')).to.contain('Loading general advice…');
      await expectAccessible(element);
    });
  });

  it('shows a clear error, never a blank box, when the data location is down', async () => {
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide jurisdiction="ke" data-src="/no-such-data/"></kyr-arrest-guide>`);
    await ready(element);
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert, 'error message').to.exist;
    expect(alert!.textContent).to.contain('This information is not available right now.');
    expect(shadow(element).querySelector('[part="error"] button')!.textContent).to.contain('Try again');
    await expectAccessible(element);
  });

  it('shows the place’s steps alone when the general advice cannot be loaded', async () => {
    const data = await publishedRecord('ke');
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide .data=${data} data-src="/no-such-data/"></kyr-arrest-guide>`);
    await ready(element);
    expect(panelText(element, 'stopped')).to.contain('Police may say you are "loitering"');
    expect(visibleText(element)).not.to.contain('General advice (applies everywhere)');
    expect(shadow(element).querySelector('[part="general-sources"]')).to.equal(null);
    await expectAccessible(element);
  });

  it('says a stale record may be out of date, and shows the draft badge', async () => {
    const data = withChanges(await publishedRecord('ke'), { lastReviewed: '2020-01-01', nextReviewDue: '2020-07-01', status: 'draft' });
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide .data=${data} data-src=${DATA}></kyr-arrest-guide>`);
    await ready(element);
    const text = visibleText(element);
    expect(text).to.contain('This may be out of date: it was due for review on July 1, 2020.');
    expect(text).to.contain('Draft: not yet checked by reviewers');
    expect(text).to.contain('General advice (applies everywhere)');
    await expectAccessible(element);
  });

  it('drops the draft badge once a record is legally reviewed', async () => {
    const data = withChanges(await publishedRecord('ke'), { status: 'legal-reviewed', reviewedBy: ['A reviewer'] });
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide .data=${data}></kyr-arrest-guide>`);
    await ready(element);
    expect(visibleText(element)).not.to.contain('Draft: not yet checked');
    expect(visibleText(element)).to.contain('Reviewed by A reviewer.');
    await expectAccessible(element);
  });

  it('says so when a stage has no advice at all, never a blank panel', async () => {
    const data = withChanges(await publishedRecord('ke'), { arrest: undefined });
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide .data=${data}></kyr-arrest-guide>`);
    await ready(element);
    expect(panelText(element, 'stopped')).to.contain('We do not have advice for this stage yet.');
    await expectAccessible(element);
  });

  it('renders markup in the data as plain text', async () => {
    const record = await publishedRecord('ke');
    const data = withChanges(record, {
      arrest: { stopped: [{ id: 'x', warning: true, text: '<img src=x onerror="window.__pwned=1">Injected', sources: ['nswp-2014'] }] },
    });
    const element = await fixture<KyrArrestGuide>(html`<kyr-arrest-guide .data=${data}></kyr-arrest-guide>`);
    await ready(element);
    expect(shadow(element).querySelector('img')).to.equal(null);
    expect(panelText(element, 'stopped')).to.contain('<img src=x onerror="window.__pwned=1">Injected');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders right to left in Arabic and is accessible', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar"><kyr-arrest-guide jurisdiction="global" data-src=${DATA}></kyr-arrest-guide></div>`,
    );
    const element = wrapper.querySelector('kyr-arrest-guide')!;
    await ready(element);
    const guide = shadow(element).querySelector('[part="guide"]')!;
    expect(guide.getAttribute('lang')).to.equal('ar');
    expect(guide.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(stageButton(element, 'stopped')).direction).to.equal('rtl');
    await expectAccessible(wrapper);
  });

  it('marks a place without Arabic as English, left to right, inside an Arabic page, with the general advice in Arabic', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar"><kyr-arrest-guide jurisdiction="ke" data-src=${DATA}></kyr-arrest-guide></div>`,
    );
    const element = wrapper.querySelector('kyr-arrest-guide')!;
    await ready(element);
    expect(shadow(element).querySelector('[part="guide"]')!.getAttribute('dir')).to.equal('ltr');
    await waitUntil(() => visibleText(element).includes('هذه المعلومات غير متوفرة بلغتك بعد'), 'no fallback note in Arabic');
    const general = shadow(element).querySelector('#stage-panel-stopped .general')!;
    expect(general.getAttribute('lang')).to.equal('ar');
    expect(general.getAttribute('dir')).to.equal('rtl');
    await expectAccessible(wrapper);
  });
});
