import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/quick-exit.js';
import { DEFAULT_DESTINATION, type KyrQuickExit, type QuickExitDetail } from '../../src/define/quick-exit.js';
import { expectAccessible, visibleText } from './helpers.js';

const PAGES = '/test/elements/quick-exit-pages/';
const HIDDEN = 'data-kyr-quick-exit';

/** What the page looked like at the moment the element tried to leave. */
interface Exit {
  url: string;
  documentHidden: boolean;
  bodyDisplay: string;
  title: string;
  icons: number;
  cover: string;
  /** What a screen reader is told as the page goes: the alert on the hidden page, if shown. */
  notice: string;
}

/**
 * The element with its one navigation method replaced by a recorder, so an
 * exit can be watched without the test page leaving. Everything before the
 * navigation (hiding, title, favicon, event, storage) is the real code.
 */
async function mount(template: TemplateResult): Promise<{ element: KyrQuickExit; exits: Exit[] }> {
  const parent = await fixture<HTMLElement>(template);
  const element = (parent.localName === 'kyr-quick-exit' ? parent : parent.querySelector('kyr-quick-exit')) as KyrQuickExit;
  const exits: Exit[] = [];
  (element as unknown as { leave(url: string): void }).leave = (url: string) => {
    exits.push({
      url,
      documentHidden: document.documentElement.hasAttribute(HIDDEN),
      bodyDisplay: getComputedStyle(document.body).display,
      title: document.title,
      icons: document.querySelectorAll('link[rel~="icon"]').length,
      cover: getComputedStyle(document.documentElement).backgroundColor,
      notice: [...document.querySelectorAll('[role="alert"]')]
        .filter((alert) => alert.getClientRects().length)
        .map((alert) => alert.textContent)
        .join(' '),
    });
  };
  await element.updateComplete;
  return { element, exits };
}

const shadow = (element: KyrQuickExit) => element.shadowRoot!;
const ownLink = (element: KyrQuickExit) => shadow(element).querySelector<HTMLAnchorElement>('[part="link"]')!;
/** How many of the three dots are filled. */
const lit = (element: KyrQuickExit) => [...shadow(element).querySelector('[part="count"]')!.textContent!].filter((dot) => dot === '●').length;
const announcement = (element: KyrQuickExit) => shadow(element).querySelector('[role="status"]')!.textContent!.trim();
const restoreFromCache = (persisted = true) => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted }));
const frameReady = (frame: HTMLIFrameElement, path: string) =>
  waitUntil(() => frame.contentWindow?.location.pathname.endsWith(path) && frame.contentDocument?.readyState === 'complete', `the frame did not load ${path}`, {
    timeout: 8000,
  });

const isFirefox = navigator.userAgent.includes('Firefox');

/**
 * Firefox delivers no key events to a page whose body is display: none, and
 * can drop the first key down after it is shown again: give it a moment.
 */
async function settleAfterRestore(): Promise<void> {
  await nextFrame();
  await aTimeout(50);
}

/** Shift up and down with nothing else, `times` times, each of the given key codes in turn. */
async function pressShift(times: number, keys: string[] = ['ShiftLeft']): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: keys[i % keys.length]! });
}

describe('<kyr-quick-exit>', () => {
  // A click the element failed to stop would take the whole test page away: stop it here, but remember it.
  let clicksLeftAlone = 0;
  const clickGuard = (event: MouseEvent) => {
    if ((event.target as Element).closest?.('kyr-quick-exit') && !event.defaultPrevented) clicksLeftAlone++;
    event.preventDefault();
  };
  const pageTitle = document.title;

  beforeEach(() => {
    clicksLeftAlone = 0;
    addEventListener('click', clickGuard);
    (document.activeElement as HTMLElement | null)?.blur?.();
  });

  afterEach(async () => {
    removeEventListener('click', clickGuard);
    restoreFromCache();
    document.title = pageTitle;
    await settleAfterRestore();
  });

  describe('without JavaScript', () => {
    it('is a plain, visible link to the neutral page when scripts are off', async () => {
      // A sandbox without allow-scripts is a browser with JavaScript off; nojs.html also asks for the element's script.
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A page without scripts" sandbox="allow-same-origin" src=${`${PAGES}nojs.html`}></iframe>`);
      await frameReady(frame, 'nojs.html');
      const framed = frame.contentWindow!;
      expect(framed.customElements.get('kyr-quick-exit'), 'the element was never defined').to.equal(undefined);
      const element = frame.contentDocument!.querySelector('kyr-quick-exit')!;
      expect(element.matches(':defined')).to.equal(false);
      const link = element.querySelector('a')!;
      expect(link.href).to.equal(DEFAULT_DESTINATION);
      expect(link.textContent).to.equal('Leave this page');
      const box = link.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.height).to.be.greaterThan(0);
    });
  });

  describe('the link', () => {
    it('renders its own link to the neutral default, and is accessible', async () => {
      const { element } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      const link = ownLink(element);
      expect(link.getAttribute('href')).to.equal(DEFAULT_DESTINATION);
      expect(link.textContent!.trim()).to.equal('Leave this page');
      expect(element.destination).to.equal(DEFAULT_DESTINATION);
      expect(shadow(element).querySelector('[part="hint"]')!.hasAttribute('hidden')).to.equal(true);
      const keys = shadow(element).getElementById(link.getAttribute('aria-describedby')!)!;
      expect(keys.textContent).to.equal('Shortcut: press Shift 3 times.');
      await expectAccessible(element);
    });

    it('accepts an https destination and refuses any other scheme', async () => {
      const { element } = await mount(html`<kyr-quick-exit href="https://example.org/news"></kyr-quick-exit>`);
      expect(ownLink(element).getAttribute('href')).to.equal('https://example.org/news');
      for (const refused of ['http://example.org/', 'javascript:alert(1)', 'data:text/html,hi', 'https://', ' ', 'mailto:a@example.org']) {
        element.href = refused;
        await element.updateComplete;
        expect(element.destination, refused).to.equal(DEFAULT_DESTINATION);
        expect(ownLink(element).getAttribute('href'), refused).to.equal(DEFAULT_DESTINATION);
      }
    });

    it('leaves on a click, with the page already hidden, titled neutrally and without a favicon', async () => {
      const icon = document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'icon', href: 'data:,' }));
      document.title = 'Your rights at work';
      try {
        const { element, exits } = await mount(html`<kyr-quick-exit href="https://example.org/"></kyr-quick-exit>`);
        ownLink(element).click();
        expect(clicksLeftAlone, 'the link was followed instead of replaced').to.equal(0);
        expect(exits).to.have.length(1);
        const [exit] = exits;
        expect(exit!.url).to.equal('https://example.org/');
        expect(exit!.documentHidden, 'document marked hidden').to.equal(true);
        expect(exit!.bodyDisplay, 'body display').to.equal('none');
        expect(exit!.title).to.equal('New tab');
        expect(exit!.icons, 'favicons left').to.equal(0);
        expect(exit!.cover, 'a system colour behind').to.not.equal('rgba(0, 0, 0, 0)');
        expect(exit!.notice, 'a neutral announcement on the hidden page').to.equal('Loading.');
      } finally {
        icon.remove();
      }
    });

    it('leaves on Enter on the focused link (a real key press)', async () => {
      const { element, exits } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      ownLink(element).focus();
      await sendKeys({ press: 'Enter' });
      expect(exits.map((exit) => exit.url)).to.deep.equal([DEFAULT_DESTINATION]);
    });

    it('enhances the host’s own link: takes its href, styles it, and leaves from it', async () => {
      const { element, exits } = await mount(
        html`<kyr-quick-exit><a href="https://example.org/weather">Leave now</a></kyr-quick-exit>`,
      );
      expect(shadow(element).querySelector('[part="link"]'), 'no second link').to.equal(null);
      expect(element.destination).to.equal('https://example.org/weather');
      const link = element.querySelector('a')!;
      expect(link.assignedSlot).to.not.equal(null);
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      link.click();
      expect(clicksLeftAlone).to.equal(0);
      expect(exits.map((exit) => exit.url)).to.deep.equal(['https://example.org/weather']);
      await expectAccessible(element);
    });

    it('goes to the safe default when the host’s own link is not https', async () => {
      const { element, exits } = await mount(html`<kyr-quick-exit><a href="http://example.org/">Leave now</a></kyr-quick-exit>`);
      element.querySelector('a')!.click();
      expect(exits.map((exit) => exit.url)).to.deep.equal([DEFAULT_DESTINATION]);
    });

    it('leaves a link in the hint alone', async () => {
      const { element, exits } = await mount(
        html`<kyr-quick-exit><span slot="hint">It does not clear your history. <a href="#safety">Browsing safely</a></span></kyr-quick-exit>`,
      );
      const safety = element.querySelector<HTMLAnchorElement>('[slot="hint"] a')!;
      safety.click();
      expect(exits).to.have.length(0);
      expect(document.documentElement.hasAttribute(HIDDEN)).to.equal(false);
    });
  });

  describe('the event', () => {
    it('fires kyr-quick-exit once the page is hidden and before leaving; bubbling, composed, not cancelable', async () => {
      const { element, exits } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      const seen: Array<{ detail: QuickExitDetail; bubbles: boolean; composed: boolean; cancelable: boolean; hidden: boolean; left: number }> = [];
      const listener = (event: CustomEvent<QuickExitDetail>) => {
        seen.push({ detail: event.detail, bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable, hidden: document.documentElement.hasAttribute(HIDDEN), left: exits.length });
        event.preventDefault();
      };
      document.addEventListener('kyr-quick-exit', listener);
      try {
        ownLink(element).click();
      } finally {
        document.removeEventListener('kyr-quick-exit', listener);
      }
      expect(seen).to.deep.equal([{ detail: { trigger: 'click' }, bubbles: true, composed: true, cancelable: false, hidden: true, left: 0 }]);
      expect(exits, 'preventDefault did not stop the exit').to.have.length(1);
    });
  });

  describe('Shift three times', () => {
    it('leaves on Shift pressed three times, left and right Shift mixed, announcing the count calmly', async () => {
      const { element, exits } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      const codes: string[] = [];
      const record = (event: KeyboardEvent) => codes.push(event.code);
      addEventListener('keyup', record);
      const status = shadow(element).querySelector('[role="status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      try {
        await sendKeys({ press: 'ShiftLeft' });
        await element.updateComplete;
        expect(announcement(element)).to.equal('Shortcut 1 of 3');
        await sendKeys({ press: 'ShiftRight' });
        await element.updateComplete;
        expect(announcement(element)).to.equal('Shortcut 2 of 3');
        expect(exits).to.have.length(0);
        await sendKeys({ press: 'ShiftLeft' });
      } finally {
        removeEventListener('keyup', record);
      }
      expect(codes, 'real left and right Shift keys').to.deep.equal(['ShiftLeft', 'ShiftRight', 'ShiftLeft']);
      expect(exits).to.have.length(1);
      expect(exits[0]!.documentHidden).to.equal(true);
    });

    it('hides an open modal dialog with the rest of the page (Shift still works while the page behind it is inert)', async () => {
      const { element, exits } = await mount(html`<div><kyr-quick-exit></kyr-quick-exit><dialog><p>Your rights at work</p></dialog></div>`);
      const dialog = element.parentElement!.querySelector('dialog')!;
      dialog.showModal();
      try {
        const boxes: number[] = [];
        const recordLeave = (element as unknown as { leave(url: string): void }).leave;
        (element as unknown as { leave(url: string): void }).leave = (url: string) => {
          boxes.push(dialog.getClientRects().length);
          recordLeave(url);
        };
        await pressShift(3);
        expect(exits).to.have.length(1);
        expect(boxes, 'the dialog is not drawn').to.deep.equal([0]);
      } finally {
        dialog.close();
      }
    });

    it('counts both Shifts when they overlap (left down, right down, left up, right up)', async () => {
      const { exits } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      if (isFirefox) {
        // Firefox's WebDriver BiDi input treats the second Shift as a repeat of the first and never
        // releases it, so in Firefox this one case is dispatched as KeyboardEvents, as Firefox itself sends them.
        const key = (type: string, code: string, shiftKey: boolean, location: number) =>
          document.body.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code, shiftKey, location, bubbles: true, composed: true }));
        key('keydown', 'ShiftLeft', true, 1);
        key('keydown', 'ShiftRight', true, 2);
        key('keyup', 'ShiftLeft', true, 1);
        key('keyup', 'ShiftRight', false, 2);
      } else {
        await sendKeys({ down: 'ShiftLeft' });
        await sendKeys({ down: 'ShiftRight' });
        await sendKeys({ up: 'ShiftLeft' });
        await sendKeys({ up: 'ShiftRight' });
      }
      expect(exits).to.have.length(0);
      await sendKeys({ press: 'ShiftRight' });
      expect(exits).to.have.length(1);
    });

    it('does not count a Shift used to type a capital letter', async () => {
      const { element, exits } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      for (let i = 0; i < 3; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'KeyA' });
        await sendKeys({ up: 'Shift' });
      }
      await element.updateComplete;
      expect(exits).to.have.length(0);
      expect(announcement(element)).to.equal('');
      // Another key between presses starts the count over.
      await pressShift(2);
      await sendKeys({ press: 'KeyB' });
      await pressShift(1);
      await element.updateComplete;
      expect(exits).to.have.length(0);
      expect(announcement(element)).to.equal('Shortcut 1 of 3');
    });

    it('starts over when a pause outlasts the window, and says so', async () => {
      // A window long enough that a busy test machine's two presses fall inside it; the pause then outlasts it.
      const { element, exits } = await mount(html`<kyr-quick-exit shift-window="1000"></kyr-quick-exit>`);
      await pressShift(2, ['ShiftLeft', 'ShiftRight']);
      await element.updateComplete;
      expect(announcement(element)).to.equal('Shortcut 2 of 3');
      expect(lit(element), 'two lights on').to.equal(2);
      await aTimeout(1400);
      await element.updateComplete;
      expect(announcement(element), 'expiry announced').to.equal('Shortcut cancelled.');
      expect(shadow(element).querySelector('[part="count"]')!.getClientRects().length, 'lights hidden').to.equal(0);
      await pressShift(1);
      await element.updateComplete;
      expect(exits).to.have.length(0);
      expect(announcement(element)).to.equal('Shortcut 1 of 3');
    });

    it('shows the count as three lights, and leaves on three presses 700 ms apart (the window restarts at each press)', async () => {
      const { element, exits } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      const count = shadow(element).querySelector('[part="count"]')!;
      expect(count.getClientRects().length, 'no lights before a press').to.equal(0);
      await pressShift(1);
      expect(count.getClientRects().length, 'lights shown').to.be.greaterThan(0);
      expect(lit(element)).to.equal(1);
      expect(count.getAttribute('aria-hidden'), 'the announcement speaks; the lights are for the eyes').to.equal('true');
      await aTimeout(700);
      await pressShift(1);
      expect(lit(element)).to.equal(2);
      await aTimeout(700);
      await pressShift(1);
      expect(exits).to.have.length(1);
      expect(exits[0]!.notice).to.equal('Loading.');
    });

    it('leaves on Shift in a text field when there is a keyboard', async () => {
      const { exits } = await mount(html`<div><label>Search <input type="search" /></label><kyr-quick-exit></kyr-quick-exit></div>`);
      document.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      await pressShift(3);
      expect(exits).to.have.length(1);
    });
  });

  describe('Escape twice (opt-in)', () => {
    it('does nothing without the escape attribute', async () => {
      const { exits } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(exits).to.have.length(0);
    });

    it('leaves on Escape twice within a second with the escape attribute, and says so in the link description', async () => {
      const { element, exits } = await mount(html`<kyr-quick-exit escape></kyr-quick-exit>`);
      expect(shadow(element).getElementById('keys')!.textContent).to.equal('Shortcut: press Shift 3 times, or Escape twice.');
      const events: string[] = [];
      const listener = (event: CustomEvent<QuickExitDetail>) => events.push(event.detail.trigger);
      document.addEventListener('kyr-quick-exit', listener);
      try {
        await sendKeys({ press: 'Escape' });
        expect(exits).to.have.length(0);
        await sendKeys({ press: 'Escape' });
      } finally {
        document.removeEventListener('kyr-quick-exit', listener);
      }
      expect(exits).to.have.length(1);
      expect(events).to.deep.equal(['escape']);
    });

    it('stands aside in a text field', async () => {
      const { exits } = await mount(html`<div><label>Your message <textarea></textarea></label><kyr-quick-exit escape></kyr-quick-exit></div>`);
      document.querySelector('textarea')!.focus();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(exits).to.have.length(0);
    });

    it('stands aside while a dialog is open', async () => {
      const { exits } = await mount(html`<div><dialog open><p>Cookie settings</p></dialog><kyr-quick-exit escape></kyr-quick-exit></div>`);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(exits).to.have.length(0);
    });

    it('stands aside when another handler has taken the key (defaultPrevented)', async () => {
      const { exits } = await mount(html`<kyr-quick-exit escape></kyr-quick-exit>`);
      const taken = (event: KeyboardEvent) => event.key === 'Escape' && event.preventDefault();
      document.addEventListener('keydown', taken);
      try {
        await sendKeys({ press: 'Escape' });
        await sendKeys({ press: 'Escape' });
      } finally {
        document.removeEventListener('keydown', taken);
      }
      expect(exits).to.have.length(0);
    });

    it('does not count two Escapes more than a second apart', async () => {
      const { exits } = await mount(html`<kyr-quick-exit escape></kyr-quick-exit>`);
      await sendKeys({ press: 'Escape' });
      await aTimeout(1100);
      await sendKeys({ press: 'Escape' });
      expect(exits).to.have.length(0);
    });
  });

  describe('leaving for real, inside a frame', () => {
    it('hides and replaces the framed page under a strict CSP (history does not grow) when the top window may not be navigated', async () => {
      // Sandboxed without allow-top-navigation: the element tries the top window, is refused, and leaves its own frame.
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="A framed page" sandbox="allow-scripts allow-same-origin" src=${`${PAGES}frame.html`}></iframe>`,
      );
      await frameReady(frame, 'frame.html');
      const framedDocument = frame.contentDocument!;
      const framed = framedDocument.querySelector('test-quick-exit') as KyrQuickExit;
      await waitUntil(() => framed.shadowRoot?.querySelector('a'), 'the framed element did not render');
      const seen: Array<{ body: string; title: string }> = [];
      framedDocument.addEventListener('kyr-quick-exit', () =>
        seen.push({ body: frame.contentWindow!.getComputedStyle(framedDocument.body).display, title: framedDocument.title }),
      );
      const violations = (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations;
      // The control: the policy is live, and an inline <style> is refused.
      const inline = framedDocument.createElement('style');
      inline.textContent = 'p { color: rgb(1, 2, 3); }';
      framedDocument.head.append(inline);
      await waitUntil(() => violations.length > 0, 'the strict policy is not in force');
      expect(frame.contentWindow!.getComputedStyle(framedDocument.querySelector('p')!).color).to.not.equal('rgb(1, 2, 3)');
      inline.remove();
      violations.length = 0;
      const before = history.length;

      // A real key press on the focused link, so the frame's own code runs the navigation.
      framed.shadowRoot!.querySelector('a')!.focus();
      await sendKeys({ press: 'Enter' });
      await frameReady(frame, 'landed.html');
      expect(seen, 'hidden and retitled before leaving, under a strict CSP').to.deep.equal([{ body: 'none', title: 'New tab' }]);
      expect(violations, 'Content-Security-Policy violations').to.deep.equal([]);
      expect(location.pathname, 'the test page itself stayed').to.not.contain('landed');
      expect(history.length, 'no history entry added').to.equal(before);

      // The control: the same measure does see an ordinary navigation add an entry.
      frame.contentWindow!.location.assign(`${PAGES}landed.html?again`);
      await waitUntil(() => frame.contentWindow?.location.search === '?again' && frame.contentDocument?.readyState === 'complete');
      expect(history.length, 'an ordinary navigation adds one').to.equal(before + 1);
    });
  });

  describe('no traces', () => {
    it('writes nothing to storage or cookies, from rendering to leaving', async () => {
      const snapshot = () => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie]);
      const before = snapshot();
      const writes: string[] = [];
      const storage = Storage.prototype;
      const originals = { setItem: storage.setItem, removeItem: storage.removeItem, clear: storage.clear };
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      storage.setItem = function (...args) { writes.push(`setItem ${args[0]}`); return originals.setItem.apply(this, args); };
      storage.removeItem = function (...args) { writes.push(`removeItem ${args[0]}`); return originals.removeItem.apply(this, args); };
      storage.clear = function () { writes.push('clear'); return originals.clear.apply(this); };
      Object.defineProperty(document, 'cookie', { configurable: true, get: () => cookie.get!.call(document), set: (value: string) => { writes.push(`cookie ${value}`); cookie.set!.call(document, value); } });
      try {
        const { element, exits } = await mount(html`<kyr-quick-exit escape new-tab hint></kyr-quick-exit>`);
        const realOpen = window.open;
        window.open = () => null;
        try {
          await pressShift(2);
          await sendKeys({ press: 'Escape' });
          ownLink(element).click();
          restoreFromCache();
          await settleAfterRestore();
          await pressShift(3);
        } finally {
          window.open = realOpen;
        }
        expect(exits).to.have.length(2);
      } finally {
        Object.assign(storage, originals);
        delete (document as unknown as Record<string, unknown>).cookie;
      }
      expect(writes).to.deep.equal([]);
      expect(snapshot()).to.equal(before);
    });

    it('clears the site’s own session and local storage on exit only with clear-site-data', async () => {
      sessionStorage.setItem('kyr-test-visited', 'rights');
      localStorage.setItem('kyr-test-visited', 'rights');
      try {
        const plain = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
        ownLink(plain.element).click();
        expect(sessionStorage.getItem('kyr-test-visited')).to.equal('rights');
        restoreFromCache();

        const clearing = await mount(html`<kyr-quick-exit clear-site-data></kyr-quick-exit>`);
        const seen: number[] = [];
        clearing.element.addEventListener('kyr-quick-exit', () => seen.push(sessionStorage.length + localStorage.length));
        ownLink(clearing.element).click();
        expect(clearing.exits).to.have.length(1);
        expect(seen, 'cleared before the event and the navigation').to.deep.equal([0]);
        expect(sessionStorage.length).to.equal(0);
        expect(localStorage.length).to.equal(0);
      } finally {
        sessionStorage.removeItem('kyr-test-visited');
        localStorage.removeItem('kyr-test-visited');
      }
    });
  });

  describe('new tab (opt-in)', () => {
    it('opens the destination in a new tab without an opener, then replaces this page', async () => {
      const { element, exits } = await mount(html`<kyr-quick-exit new-tab href="https://example.org/"></kyr-quick-exit>`);
      const realOpen = window.open;
      const calls: unknown[][] = [];
      window.open = (...args: unknown[]) => {
        calls.push([...args, exits.length]);
        return null;
      };
      try {
        ownLink(element).click();
      } finally {
        window.open = realOpen;
      }
      expect(calls).to.deep.equal([['https://example.org/', '_blank', 'noopener', 0]]);
      expect(exits.map((exit) => exit.url)).to.deep.equal(['https://example.org/']);
    });
  });

  describe('back/forward cache', () => {
    it('undoes the cover, the title and the favicon on pageshow from the cache, and can leave again', async () => {
      const icon = document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'icon', href: 'data:,' }));
      document.title = 'Your rights at work';
      try {
        const { element, exits } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
        ownLink(element).click();
        expect(document.documentElement.hasAttribute(HIDDEN)).to.equal(true);
        restoreFromCache(false);
        expect(document.documentElement.hasAttribute(HIDDEN), 'a fresh load is not a restore').to.equal(true);
        restoreFromCache(true);
        expect(document.documentElement.hasAttribute(HIDDEN)).to.equal(false);
        expect(getComputedStyle(document.body).display).to.not.equal('none');
        expect(document.title).to.equal('Your rights at work');
        expect(icon.isConnected, 'favicon back').to.equal(true);
        ownLink(element).click();
        expect(exits).to.have.length(2);
      } finally {
        icon.remove();
      }
    });
  });

  describe('layout', () => {
    it('is sticky above cookie banners, with a z-index the host can change', async () => {
      const { element } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      const style = getComputedStyle(element);
      expect(style.position).to.equal('sticky');
      expect(style.zIndex).to.equal('2147483000');
      element.style.setProperty('--kyr-quick-exit-z-index', '10');
      expect(getComputedStyle(element).zIndex).to.equal('10');
    });

    it('reserves its height as scroll padding so it never covers the focused element', async () => {
      const { element } = await mount(html`<kyr-quick-exit hint></kyr-quick-exit>`);
      const root = document.documentElement;
      await waitUntil(() => getComputedStyle(root).scrollPaddingTop === `${element.offsetHeight}px`, 'scroll padding not set');
      expect(element.offsetHeight).to.be.greaterThan(44);
      element.remove();
      await waitUntil(() => getComputedStyle(root).scrollPaddingTop === '0px', 'scroll padding not released');
    });

    it('fits a 320 px wide screen', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { element } = await mount(html`<kyr-quick-exit hint="Leaving this page does not clear your browsing history. Learn how to browse safely."></kyr-quick-exit>`);
        await nextFrame();
        for (const part of ['link', 'hint']) {
          const box = shadow(element).querySelector(`[part="${part}"]`)!.getBoundingClientRect();
          expect(box.left, part).to.be.at.least(0);
          expect(box.right, part).to.be.at.most(320);
        }
        expect(ownLink(element).getBoundingClientRect().height).to.be.at.least(44);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('is not printed', async () => {
      const { element } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
      if (isFirefox) {
        // puppeteer cannot emulate print media in Firefox (it needs CDP): read the element's own print rule instead.
        const rules = [...shadow(element).adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]);
        const print = rules.find((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
        expect(print, 'a print rule').to.exist;
        const host = [...print!.cssRules].find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === ':host')!;
        expect(host.style.getPropertyValue('display')).to.equal('none');
        expect(host.style.getPropertyPriority('display')).to.equal('important');
        return;
      }
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(element).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle(element).display).to.equal('block');
    });
  });

  describe('independence', () => {
    it('works when every fetch fails: it needs no data', async () => {
      const realFetch = window.fetch;
      window.fetch = () => Promise.reject(new TypeError('offline'));
      try {
        const { element, exits } = await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
        expect(ownLink(element).getAttribute('href')).to.equal(DEFAULT_DESTINATION);
        await pressShift(3);
        expect(exits).to.have.length(1);
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('language', () => {
    it('shows its words in the language of the page around it, and in its own `locale` when that changes', async () => {
      const { element } = await mount(html`<div lang="fr"><kyr-quick-exit escape hint></kyr-quick-exit></div>`);
      await waitUntil(() => ownLink(element).textContent === 'Quitter cette page', 'the link is not in French');
      expect(shadow(element).getElementById('keys')!.textContent).to.equal('Raccourci\u00a0: appuyez 3 fois sur Maj, ou 2 fois sur Échap.');
      expect(visibleText(element)).to.contain('Quitter cette page n’efface pas votre historique de navigation.');
      await pressShift(1);
      expect(announcement(element)).to.equal('Raccourci 1 sur 3');
      element.setAttribute('locale', 'es');
      await waitUntil(() => ownLink(element).textContent === 'Salir de esta página', 'the link is not in Spanish');
    });

    it('speaks its own language beside an element in another, and lays itself out right to left in Arabic', async () => {
      const { element } = await mount(html`<div lang="en"><kyr-quick-exit locale="ar"></kyr-quick-exit><kyr-quick-exit locale="es"></kyr-quick-exit></div>`);
      const other = element.nextElementSibling as KyrQuickExit;
      await waitUntil(() => /[\u0600-\u06FF]/.test(ownLink(element).textContent!), 'the link is not in Arabic');
      await waitUntil(() => ownLink(other).textContent === 'Salir de esta página', 'the other link is not in Spanish');
      expect(getComputedStyle(shadow(element).querySelector('[part="bar"]')!).direction).to.equal('rtl');
      expect(getComputedStyle(shadow(other).querySelector('[part="bar"]')!).direction).to.equal('ltr');
    });
  });

  describe('without JavaScript', () => {
    it('warns the page author in the console when there is no link of the page’s own inside, and not when there is', async () => {
      const warnings: string[] = [];
      const realWarn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        await mount(html`<kyr-quick-exit></kyr-quick-exit>`);
        expect(warnings.join('\n')).to.equal('kyr-quick-exit: no <a href> inside');
        warnings.length = 0;
        await mount(html`<kyr-quick-exit><a href="https://example.org/">Leave this page</a></kyr-quick-exit>`);
        expect(warnings).to.deep.equal([]);
      } finally {
        console.warn = realWarn;
      }
    });
  });

  describe('the hint', () => {
    it('shows the default note with an empty hint attribute, and is accessible', async () => {
      const { element } = await mount(html`<kyr-quick-exit hint></kyr-quick-exit>`);
      const hint = shadow(element).querySelector('[part="hint"]')!;
      expect(hint.hasAttribute('hidden')).to.equal(false);
      expect(visibleText(element)).to.contain('Leaving this page does not clear your browsing history.');
      await expectAccessible(element);
    });

    it('shows the host’s note and safety link from the hint slot, and is accessible', async () => {
      const { element } = await mount(
        html`<kyr-quick-exit
          ><span slot="hint">This does not clear your history. <a href="https://example.org/safety">How to browse safely</a></span></kyr-quick-exit
        >`,
      );
      expect(shadow(element).querySelector('[part="hint"]')!.hasAttribute('hidden')).to.equal(false);
      expect(element.querySelector<HTMLElement>('[slot="hint"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expectAccessible(element);
    });
  });
});
