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
import { DATA, settled, settledPart } from './helpers.js';

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
      // A line may break where the text already allows it (Unicode line breaking): after a hyphen, a slash or a
      // closing bracket before an opening one ("worker-|led", "org/|news", "11(2)|(d)"). That is not a cut.
      for (const part of token[0].matchAll(/[^/)-]+[/)-]?/g)) {
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
  // The kit's tabs are one row that scrolls on its own when they do not fit (issue 16 allows it): not the page.
  const all = [element, ...element.shadowRoot!.querySelectorAll('*')].filter((node) => node.getAttribute('role') !== 'tablist');
  return all.some((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible' && getComputedStyle(node).overflowX !== 'clip');
}

/**
 * What sticks out of the element's own box, through the shadow roots of the
 * elements inside it: on a page with narrow margins it would be cut off, and
 * right to left it sticks out on the left, where the page does not scroll to it.
 * (Inside a row of tabs that scrolls on its own is not sticking out.)
 */
function sticksOut(element: Element): string[] {
  const box = element.getBoundingClientRect();
  const out: string[] = [];
  const visit = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.closest('[role="tablist"]')) continue;
      const rect = node.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1)) {
        out.push(`${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''} ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  visit(element.shadowRoot!);
  return out;
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

    for (const lang of ['en', 'ar']) {
      it(`the kit on a page with 16 px margins: nothing sticks out of it (${lang})`, async () => {
        // The demo's margins: 1rem each side, as many partner pages have.
        const page = await fixture(html`<div lang=${lang} style="margin-inline: calc(1rem - 8px)"><kyr-rights-kit jurisdiction="ke" data-src=${DATA}></kyr-rights-kit></div>`);
        const kit = page.querySelector('kyr-rights-kit')!;
        await kit.updateComplete;
        await settledPart(kit, 'kyr-rights-card');
        expect(sticksOut(kit)).to.deep.equal([]);
      });
    }

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

describe('the first screen of a phone, 360 x 640, below a partner page’s header and title', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'ar']) {
    it(`shows the quick exit, the place in one field, one row of tabs and the card's headline without scrolling (${lang})`, async () => {
      const page = await fixture(html`<div lang=${lang}>
        <header style="background:#1b2a36;color:#fff;padding:0.75rem 1rem;font-weight:700">A partner organisation's website</header>
        <h1 style="margin:1rem">Know your rights</h1>
        <kyr-rights-kit jurisdiction="ke" data-src=${DATA}></kyr-rights-kit>
      </div>`);
      const kit = page.querySelector('kyr-rights-kit')!;
      await kit.updateComplete;
      const card = await settledPart(kit, 'kyr-rights-card');
      window.scrollTo(0, 0);
      const bottom = (element: Element) => element.getBoundingClientRect().bottom;
      const headline = card.shadowRoot!.querySelector('.title')!;
      expect(bottom(headline), 'headline bottom').to.be.at.most(innerHeight);
      expect(bottom(kit.shadowRoot!.querySelector('kyr-quick-exit')!.shadowRoot!.querySelector('a, slot')!.parentElement!)).to.be.at.most(innerHeight);
      const tabs = [...kit.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top));
      expect(new Set(tabs).size, 'tabs in one row').to.equal(1);
      const field = kit.shadowRoot!.querySelector('kyr-jurisdiction-picker')!.shadowRoot!.querySelector('input')!;
      expect(bottom(field)).to.be.below(bottom(headline));
    });
  }
});
