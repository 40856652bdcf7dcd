/**
 * Readers on phones: at 320 and 360 CSS px nothing scrolls sideways and no
 * word is cut across two lines (a reader in a second language loses a word
 * cut in two), and the card's headline is on the first screen below a
 * partner's header.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/rights-card.js';
import '../../src/define/arrest-guide.js';
import '../../src/define/firewall-notice.js';
import '../../src/define/help-directory.js';
import '../../src/define/rights-kit.js';
import { DATA, settled } from './helpers.js';

type Settles = HTMLElement & { updateComplete: Promise<boolean> };

/** Words that fit a line but sit on two: each word's Range client rects, grouped by line. */
function splitWords(root: Node): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const lineWidth = node.parentElement!.getBoundingClientRect().width;
    const rectsOf = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return [...range.getClientRects()].filter((r) => r.width > 0);
    };
    for (const token of text.matchAll(/\S+/g)) {
      // A word longer than the line itself (a long address) may be cut: it cannot fit whole anywhere.
      if (rectsOf(token.index!, token.index! + token[0].length).reduce((sum, r) => sum + r.width, 0) >= lineWidth) continue;
      // A line may break after a hyphen or slash the text already has ("worker-|led", "org/|news"): that is not a cut.
      for (const part of token[0].matchAll(/[^/-]+[/-]?/g)) {
        const start = token.index! + part.index!;
        if (new Set(rectsOf(start, start + part[0].length).map((r) => Math.round(r.bottom))).size > 1) split.push(part[0]);
      }
    }
  }
  return split;
}

/** Anything inside the element wider than the viewport, or the page scrolling sideways. */
function scrollsSideways(element: Element): boolean {
  const root = document.scrollingElement!;
  if (root.scrollWidth > root.clientWidth) return true;
  const all = [element, ...element.shadowRoot!.querySelectorAll('*')];
  return all.some((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible' && getComputedStyle(node).overflowX !== 'clip');
}

for (const width of [320, 360]) {
  describe(`at ${width} CSS px`, () => {
    before(() => setViewport({ width, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const jurisdiction of ['ug', 'ke', 'us-la']) {
      it(`the ${jurisdiction} rights card: law table stacked, no word cut in the table or the rights, no sideways scroll`, async () => {
        const element = await fixture<Settles>(html`<kyr-rights-card jurisdiction=${jurisdiction} locale="en" data-src=${DATA}></kyr-rights-card>`);
        await settled(element);
        const table = element.shadowRoot!.querySelector('.activities')!;
        const rights = element.shadowRoot!.querySelector('.rights')!;
        expect(splitWords(table), 'words cut in the law table').to.deep.equal([]);
        expect(splitWords(rights), 'words cut in the rights').to.deep.equal([]);
        // Stacked: each answer under its label, not squeezed beside it.
        const [label, answer] = [table.querySelector('dt')!, table.querySelector('dd')!];
        expect(answer.getBoundingClientRect().top, 'answer below its label').to.be.at.least(label.getBoundingClientRect().bottom - 1);
        expect(scrollsSideways(element), 'sideways scroll').to.equal(false);
      });
    }

    it('the arrest guide: no word cut in the steps, no sideways scroll', async () => {
      const element = await fixture<Settles>(html`<kyr-arrest-guide jurisdiction="ug" locale="en" data-src=${DATA}></kyr-arrest-guide>`);
      await settled(element);
      for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const steps = [...element.shadowRoot!.querySelectorAll('.steps, ol, ul')];
      expect(steps.length, 'steps shown').to.be.greaterThan(0);
      for (const list of steps) expect(splitWords(list).join(' | '), 'words cut in the steps').to.equal('');
      expect(scrollsSideways(element), 'sideways scroll').to.equal(false);
    });

    for (const tag of ['kyr-firewall-notice', 'kyr-help-directory', 'kyr-rights-kit']) {
      it(`<${tag}> does not scroll sideways`, async () => {
        const element = document.createElement(tag);
        element.setAttribute('jurisdiction', 'ug');
        element.setAttribute('locale', 'en');
        element.setAttribute('data-src', DATA);
        await fixture(element);
        await settled(element as HTMLElement & { updateComplete: Promise<boolean> });
        expect(scrollsSideways(element), 'sideways scroll').to.equal(false);
      });
    }
  });
}
