/** axe in every state, in English and Arabic, on a 320 px phone, on pages that set `lang` but no `dir`. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/rights-kit.js';
import '../../src/define/rights-card.js';
import '../../src/define/arrest-guide.js';
import '../../src/define/firewall-notice.js';
import '../../src/define/help-directory.js';
import '../../src/define/jurisdiction-picker.js';
import '../../src/define/quick-exit.js';
import type { KyrRightsKit } from '../../src/elements/rights-kit/rights-kit.component.js';
import { kitTabs } from '../../src/elements/rights-kit/rights-kit.component.js';
import { DATA, expectAccessible, settled, withStalledNetwork } from './helpers.js';

type Settles = HTMLElement & { updateComplete: Promise<boolean> };
const dataTags = ['kyr-rights-card', 'kyr-arrest-guide', 'kyr-firewall-notice', 'kyr-help-directory'];

async function onPage(lang: string, tag: string, attributes: Record<string, string>): Promise<{ page: HTMLElement; element: Settles }> {
  const page = await fixture<HTMLElement>(html`<main lang=${lang}></main>`);
  const element = document.createElement(tag) as Settles;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  page.append(element);
  return { page, element };
}

describe('axe at 320 px', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'ar']) {
    describe(lang, () => {
      for (const tag of dataTags) {
        it(`${tag}: ready, with its sources opened`, async () => {
          const { page, element } = await onPage(lang, tag, { jurisdiction: 'ke', 'data-src': DATA });
          await settled(element);
          for (const list of element.shadowRoot!.querySelectorAll('details')) list.open = true;
          await expectAccessible(page);
        });

        it(`${tag}: every control outside a sentence is thumb-sized, 44 px tall, as the kit's buttons are (WCAG 2.5.8 asks 24 px and room around it)`, async () => {
          const { element } = await onPage(lang, tag, { jurisdiction: 'ke', 'data-src': DATA });
          await settled(element);
          const controls = [...element.shadowRoot!.querySelectorAll<HTMLElement>('summary, button, select, input')].filter((control) => control.getClientRects().length);
          expect(controls.length, 'no control found').to.be.greaterThan(0);
          const small = controls.map((control) => [control.localName, control.getBoundingClientRect()] as const).filter(([, box]) => box.width < 44 || box.height < 44);
          expect(small.map(([name, box]) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`)).to.deep.equal([]);
        });

        it(`${tag}: error`, async () => {
          const { page, element } = await onPage(lang, tag, { jurisdiction: 'ke', 'data-src': '/no-such-data/' });
          await settled(element);
          await expectAccessible(page);
        });

        it(`${tag}: loading`, async () => {
          await withStalledNetwork(async () => {
            const { page, element } = await onPage(lang, tag, { jurisdiction: 'ke', 'data-src': DATA });
            await element.updateComplete;
            await expectAccessible(page);
          });
        });
      }

      it('the kit, each tab', async () => {
        const { page, element } = await onPage(lang, 'kyr-rights-kit', { jurisdiction: 'ke', 'data-src': DATA });
        const kit = element as unknown as KyrRightsKit;
        for (const tab of kitTabs) {
          kit.tab = tab;
          await kit.updateComplete;
          const part = await waitUntil(() => kit.shadowRoot!.querySelector(`#panel-${tab} > *`), `no ${tab} part`).then(
            () => kit.shadowRoot!.querySelector<Settles>(`#panel-${tab} > *`)!,
          );
          if (part.localName.startsWith('kyr-')) await settled(part);
          await expectAccessible(page);
        }
      });

      it('the picker with its list open', async () => {
        const { page, element } = await onPage(lang, 'kyr-jurisdiction-picker', { jurisdiction: 'ke', 'data-src': DATA });
        await settled(element);
        element.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
        await sendKeys({ press: 'ArrowDown' });
        await element.updateComplete;
        await expectAccessible(page);
      });

      it('the quick exit while counting Shift presses', async () => {
        const { page, element } = await onPage(lang, 'kyr-quick-exit', {});
        element.append(Object.assign(document.createElement('a'), { href: 'https://example.org/', textContent: 'Leave' }));
        await sendKeys({ press: 'ShiftLeft' });
        await expectAccessible(page);
      });
    });
  }
});
