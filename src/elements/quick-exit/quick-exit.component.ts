import { msg, str } from '@lit/localize';
import { directionOf, interfaceLocaleFor, readerLocale, type InterfaceLocale } from '../../i18n/locale.js';
import { inInterfaceLanguage, interfaceMessagesReady } from '../../i18n/localization.js';
import { quickExitStyles } from './quick-exit.styles.js';

/** What set the exit off. */
export type QuickExitTrigger = 'click' | 'shift' | 'escape';

/** The `detail` of the `kyr-quick-exit` event. */
export interface QuickExitDetail {
  trigger: QuickExitTrigger;
}

/** Where the exit goes unless the host names an https page: a search anyone might do. */
export const DEFAULT_DESTINATION = 'https://www.google.com/search?q=weather';

/** Set on <html> while the page is hidden; the page sheet below hides on it. */
const HIDDEN = 'data-kyr-quick-exit';
/** The one thing shown on the hidden page: a neutral word for screen readers, as GOV.UK's "Loading.". */
const NOTICE = 'data-kyr-quick-exit-notice';
/** Where the bar's height goes, for scroll padding. */
const BLOCK_SIZE = '--kyr-quick-exit-block-size';
/** Milliseconds within which Escape must come twice. */
const ESCAPE_WINDOW = 1000;

// One sheet adopted into the page (CSP-safe, unlike a style attribute or a
// <style> element): the first rule reserves the bar's height for scrolling
// (at zero specificity, so a host's own scroll-padding wins), the others hide
// everything at once behind the system's plain background colour. Top-layer
// selectors sit in rules of their own: a browser that does not know one drops
// only that rule, never the one that hides the body.
const PAGE_CSS =
  `:where(html){scroll-padding-block-start:var(${BLOCK_SIZE})}` +
  `[${HIDDEN}]{background:Canvas!important;color:CanvasText!important}` +
  `[${HIDDEN}]>*{display:none!important}` +
  `[${HIDDEN}]>[${NOTICE}]{display:block!important;padding:1rem}` +
  `[${HIDDEN}]::before,[${HIDDEN}]::after{content:none!important}` +
  `[${HIDDEN}] :modal{display:none!important}` +
  `[${HIDDEN}] :popover-open{display:none!important}` +
  `[${HIDDEN}] ::backdrop{display:none!important}`;

let pageSheet: CSSStyleSheet | undefined;
let shadowSheet: CSSStyleSheet | undefined;
let leaving = false;
let savedTitle = '';
let savedIcons: Element[] = [];
let notice: HTMLElement | undefined;
const bars = new Set<HTMLElement>();
let sizes: ResizeObserver | undefined;

/** Throws where there are no constructable stylesheets (Safari before 16.4). */
function sheetOf(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

function adoptPageSheet(): CSSStyleSheet {
  const sheets = document.adoptedStyleSheets;
  if (!sheets.includes((pageSheet ??= sheetOf(PAGE_CSS)))) document.adoptedStyleSheets = [...sheets, pageSheet];
  return pageSheet;
}

/** Scrolling into view (focus, find in page, anchors) keeps clear of the tallest bar. */
function reserveSpace(): void {
  let height = 0;
  for (const bar of bars) height = Math.max(height, bar.offsetHeight);
  try {
    (adoptPageSheet().cssRules[0] as CSSStyleRule).style.setProperty(BLOCK_SIZE, height + 'px');
  } catch {
    // No constructable stylesheets: nothing to reserve, the exit still works.
  }
}

/** Hide first, in the trigger's task: nothing else may stand between the trigger and a blank page. Then tidy. */
function hidePage(element: KyrQuickExit): void {
  const root = document.documentElement;
  const first = !root.hasAttribute(HIDDEN);
  root.setAttribute(HIDDEN, '');
  try {
    adoptPageSheet();
  } catch {
    // An old browser without constructable stylesheets: the CSSOM is CSP-safe too.
    root.style.setProperty('display', 'none', 'important');
  }
  const [announcement, title] = element.speak(() => [msg('Loading.', { id: 'quick-exit.leaving' }), msg('New tab', { id: 'quick-exit.title' })]);
  notice ??= create('div', { [NOTICE]: '', role: 'alert' });
  root.append(notice);
  notice.textContent = announcement;
  if (first) {
    savedTitle = document.title;
    savedIcons = [...document.querySelectorAll('link[rel~="icon" i]')];
  }
  document.title = title;
  for (const icon of savedIcons) icon.remove();
}

/** Back from the back/forward cache: the page is the reader's again. */
function restorePage(event: PageTransitionEvent): void {
  const root = document.documentElement;
  if (!event.persisted) return;
  leaving = false;
  if (!root.hasAttribute(HIDDEN)) return;
  root.removeAttribute(HIDDEN);
  root.style.removeProperty('display');
  notice?.remove();
  document.title = savedTitle;
  document.head.append(...savedIcons);
  savedIcons = [];
}

/** The URL when it is https (a relative one is resolved against the page), else undefined. */
function httpsOnly(value: string | null | undefined): string | undefined {
  try {
    const url = new URL(value!, document.baseURI);
    if (value && url.protocol === 'https:' && url.hostname) return url.href;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}

/** A field that takes typing: Escape there is the field's, and Shift may be a phone keyboard's. */
function inTextField(event: Event): boolean {
  const target = event.composedPath()[0];
  return target instanceof Element && target.matches(':read-write');
}

/** A touch screen and no mouse or touchpad: a phone or a tablet without a keyboard cover. */
function touchOnly(): boolean {
  return matchMedia('(any-pointer:coarse)').matches && !matchMedia('(any-pointer:fine)').matches;
}

/** A dialog or popover that Escape would close is on screen (a closed popover is display: none). */
function dialogOpen(): boolean {
  return [...document.querySelectorAll('dialog[open],[aria-modal=true],[popover]:not([popover=manual])')].some((element) => element.getClientRects().length);
}

/** An element with the given attributes, appended to `parent` if one is given. Text goes in through textContent only. */
function create<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, parent?: Node): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]!);
  parent?.appendChild(element);
  return element;
}

/**
 * Writes text only when it changed: a slot's fallback text is part of what it
 * shows, so rewriting it fires slotchange (in Chromium), which renders again.
 */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** An attribute's value as its property gives it (absent is null). */
type Read = (value: string | null) => unknown;
const present: Read = (value) => value != null;
const text: Read = (value) => value ?? '';

/**
 * The properties and the attributes they stand for. As on built-in elements,
 * the attribute is where the value lives: a property reads it and writes it
 * (see the accessors defined after the class).
 */
const PROPERTIES: ReadonlyArray<[property: string, attribute: string, read: Read]> = [
  ['href', 'href', text],
  ['escape', 'escape', present],
  ['newTab', 'new-tab', present],
  ['clearSiteData', 'clear-site-data', present],
  ['shiftWindow', 'shift-window', (value) => Number(value) || 2000],
  ['hint', 'hint', (value) => value],
  ['locale', 'locale', text],
];

/** The host's own link, which the element enhances instead of drawing its own. */
function hostLink(element: HTMLElement): HTMLAnchorElement | null {
  return element.querySelector(':scope>a[href]:not([slot])');
}

/**
 * Builds the shadow DOM once, with DOM calls only, and returns what brings it
 * up to date with the attributes, the slotted content and the interface language.
 */
function shadowView(element: KyrQuickExit, announcer: HTMLElement, lights: HTMLElement): () => void {
  const root = element.attachShadow({ mode: 'open' });
  try {
    root.adoptedStyleSheets = [(shadowSheet ??= sheetOf(quickExitStyles))];
  } catch {
    // No constructable stylesheets: a <style> element, which a strict CSP may refuse (the link still works).
    create('style', {}, root).textContent = quickExitStyles;
  }
  const bar = create('div', { part: 'bar' }, root);
  const slot = create('slot', {}, bar);
  bar.append(lights);
  // The element's own link and its description, in the bar only when the host gave no link.
  const link = create('a', { part: 'link', rel: 'noreferrer', 'aria-describedby': 'keys' });
  const keys = create('span', { id: 'keys', hidden: '' });
  const hint = create('p', { part: 'hint' }, bar);
  const hintSlot = create('slot', { name: 'hint' }, hint);
  bar.append(announcer);
  const render = (): void => {
    const locale = element.interfaceLocale;
    // Its words wait for their language (English meanwhile: the link must work at once).
    interfaceMessagesReady(locale)?.then(render);
    element.dir = directionOf(locale);
    inInterfaceLanguage(locale, renderText);
  };
  const renderText = (): void => {
    if (hostLink(element)) {
      link.remove();
      keys.remove();
    } else if (!link.isConnected) {
      // Only when missing: moving the link would take the focus off it.
      slot.after(link, keys);
    }
    link.href = element.destination;
    setText(link, msg('Leave this page', { id: 'quick-exit.leave' }));
    setText(
      keys,
      element.escape
        ? msg('Shortcut: press Shift 3 times, or Escape twice.', { id: 'quick-exit.keys-escape' })
        : msg('Shortcut: press Shift 3 times.', { id: 'quick-exit.keys' }),
    );
    const note = element.hint ?? (element.querySelector(':scope>[slot=hint]') ? '' : null);
    hint.hidden = note == null;
    setText(hintSlot, note || msg('Leaving this page does not clear your browsing history.', { id: 'quick-exit.hint' }));
  };
  root.addEventListener('slotchange', render);
  return render;
}

/**
 * The keyboard shortcuts, as page-wide listeners;
 * returns what turns them on (while connected) or off. Keys are caught
 * capturing, so no page script can hide one from them, except Escape (see
 * escapeDown).
 */
function pageListeners(element: KyrQuickExit, showCount: (shifts: number, announcement: string) => void): (on: boolean) => void {
  let shifts = 0;
  let shiftAlone = false;
  let escapeAt = -Infinity;
  let shiftTimer: ReturnType<typeof setTimeout> | undefined;

  const resetShifts = (): void => {
    clearTimeout(shiftTimer);
    shifts = 0;
    showCount(0, '');
  };

  /** The pause after a press outlasted the window: say so, so a reader who was counting knows to start again. */
  const expire = (): void => {
    shifts = 0;
    showCount(0, element.speak(() => msg('Shortcut cancelled.', { id: 'quick-exit.expired' })));
  };

  const keyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    // Any other key: a Shift held down is a modifier, and the shortcut starts over.
    shiftAlone = false;
    resetShifts();
    if (event.key !== 'Escape') escapeAt = -Infinity;
  };

  /** Shift-click (selecting text) uses Shift as a modifier too. */
  const pointerDown = (event: PointerEvent): void => {
    if (event.shiftKey) shiftAlone = false;
  };

  const keyUp = (event: KeyboardEvent): void => {
    // A phone's on-screen keyboard sends Shift while typing: in a text field on a touch-only device, Shift is the field's.
    if (event.key !== 'Shift' || !shiftAlone || event.isComposing || (inTextField(event) && touchOnly())) return;
    // The window restarts at each press (as GOV.UK's does): slow hands get the whole window for every press.
    clearTimeout(shiftTimer);
    if (++shifts < 3) {
      shiftTimer = setTimeout(expire, element.shiftWindow);
      return showCount(shifts, element.speak(() => msg(str`Shortcut ${shifts} of 3`, { id: 'quick-exit.count' })));
    }
    resetShifts();
    exit(element, 'shift');
  };

  /** Bubbling, and last: a field, a dialog or a script that took the Escape has had its turn. */
  const escapeDown = (event: KeyboardEvent): void => {
    if (!element.escape || event.key !== 'Escape' || event.repeat) return;
    const now = performance.now();
    if (event.defaultPrevented || inTextField(event) || dialogOpen()) {
      escapeAt = -Infinity;
    } else if (now - escapeAt > ESCAPE_WINDOW) {
      escapeAt = now;
    } else {
      escapeAt = -Infinity;
      exit(element, 'escape');
    }
  };

  return (on) => {
    const method = on ? addEventListener : removeEventListener;
    method('keydown', keyDown, true);
    method('keyup', keyUp, true);
    method('keydown', escapeDown);
    method('pointerdown', pointerDown, true);
    if (!on) resetShifts();
  };
}

/**
 * Hide the page, then leave, all in the trigger's own task. Runs once per
 * page, however many quick exits it holds.
 */
function exit(element: KyrQuickExit, trigger: QuickExitTrigger): void {
  if (leaving) return;
  leaving = true;
  const url = element.destination;
  hidePage(element);
  // The destination must not learn which site the reader left, whatever the host's referrer policy.
  create('meta', { name: 'referrer', content: 'no-referrer' }, document.head);
  try {
    if (element.newTab) open(url, '_blank', 'noopener');
  } catch {
    // A blocked pop-up: this page is replaced all the same.
  }
  try {
    if (element.clearSiteData) {
      sessionStorage.clear();
      localStorage.clear();
    }
  } catch {
    // Storage is blocked (the same policy blocks both): there is nothing to clear.
  }
  element.dispatchEvent(new CustomEvent<QuickExitDetail>('kyr-quick-exit', { bubbles: true, composed: true, detail: { trigger } }));
  // Through the element, not a function here: `leave` is the one step a subclass or a test may replace.
  element['leave'](url);
}

/**
 * A quick exit: one tap, three presses of Shift, or (opt-in) Escape twice hide
 * the whole page at once and replace it with a neutral one, so Back does not
 * return to it. It enhances a real link that works without JavaScript, never
 * writes storage or cookies, and needs no data. A plain custom element (no
 * framework), so its standalone script stays small enough to load first.
 *
 * @tagname kyr-quick-exit
 * @summary Leave the page at once, by a tap or the keyboard.
 *
 * @slot - Optional: your own `<a href="https://…">` that works without JavaScript. Without it the element renders its own link.
 * @slot hint - Optional: a short note that leaving does not erase browser history, with a link to your safety page.
 *
 * @csspart bar - The sticky bar holding the link and the note.
 * @csspart link - The element's own link (not used when you give your own).
 * @csspart hint - The note under the link.
 * @csspart count - Three dots showing how many times Shift has been pressed, while counting.
 *
 * @cssprop --kyr-quick-exit-z-index - Stacking order of the bar; 2147483000 by default, above most cookie banners.
 * @cssprop --kyr-quick-exit-background - Background of the link; a deep red by default.
 * @cssprop --kyr-quick-exit-color - Text colour of the link; white by default.
 * @cssprop --kyr-quick-exit-space - Space around the link.
 * @cssprop --kyr-quick-exit-block-size - Set by the element on the page: the bar's height, to add to your own `scroll-padding-block-start`.
 * @cssprop --kyr-color-focus - Focus outline colour.
 * @cssprop --kyr-color-text - Text colour of the note.
 * @cssprop --kyr-color-background - Background of the note.
 * @cssprop --kyr-font-family - Font family; the system font by default.
 * @cssprop --kyr-radius - Corner radius.
 *
 * @fires kyr-quick-exit - Just before leaving, after the page is hidden; `detail.trigger` is `click`, `shift` or `escape`. Not cancelable: nothing may stop an exit.
 */
export class KyrQuickExit extends HTMLElement {
  static observedAttributes = PROPERTIES.map(([, attribute]) => attribute);

  /**
   * The page to go to; only https (else the neutral default). Your own link's href is used when this is not set.
   * @attr href
   * @default ''
   */
  declare href: string;

  /**
   * Also leave on Escape pressed twice within a second (stands aside for text fields, open dialogs and handled keys).
   * @attr escape
   * @default false
   */
  declare escape: boolean;

  /**
   * Open the destination in a new tab too (inside the tap), then replace this page.
   * @attr new-tab
   * @default false
   */
  declare newTab: boolean;

  /**
   * On exit, clear this site's own sessionStorage and localStorage (the host's choice).
   * @attr clear-site-data
   * @default false
   */
  declare clearSiteData: boolean;

  /**
   * How many milliseconds the count waits for the next press of Shift; it starts again at each press.
   * @attr shift-window
   * @default 2000
   */
  declare shiftWindow: number;

  /**
   * A short note under the link; an empty `hint` shows the default note about browser history.
   * @attr hint
   */
  declare hint: string | null | undefined;

  /**
   * The reader's language for the element's own words, like `fr`; defaults to the nearest `lang`, then the browser's.
   * @attr locale
   * @default ''
   */
  declare locale: string;

  /** Brings the shadow DOM up to date. */
  private readonly render: () => void;

  /** Turns the page-wide listeners on or off. */
  private readonly listen: (on: boolean) => void;

  constructor() {
    super();
    // A property set before the element was defined (a framework may) hides the accessor: pass it on.
    const own = this as unknown as Record<string, unknown>;
    for (const [property] of PROPERTIES) {
      if (this.hasOwnProperty(property)) {
        const value = own[property];
        delete own[property];
        own[property] = value;
      }
    }
    const announcer = create('span', { role: 'status', 'aria-live': 'polite' });
    // The Shift count shown as well as announced: three dots, as many filled as presses so far.
    const lights = create('span', { part: 'count', 'aria-hidden': 'true' });
    this.render = shadowView(this, announcer, lights);
    this.listen = pageListeners(this, (shifts, text) => {
      announcer.textContent = text;
      lights.textContent = shifts ? '●'.repeat(shifts) + '○'.repeat(3 - shifts) : '';
    });
    this.addEventListener('click', (event) => {
      const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
      if (link && (link === hostLink(this) || link.getRootNode() === this.shadowRoot)) {
        event.preventDefault();
        exit(this, 'click');
      }
    });
  }

  /** The interface language closest to the reader's: the element's words are in it, laid out in its direction. */
  get interfaceLocale(): InterfaceLocale {
    return interfaceLocaleFor(readerLocale(this, this.locale));
  }

  /**
   * Runs `speak` (a message built outside rendering) in the element's language.
   * @internal
   */
  speak<T>(speak: () => T): T {
    return inInterfaceLanguage(this.interfaceLocale, speak);
  }

  /** The page the exit goes to: `href` if https, else your own link's if https, else the neutral default. */
  get destination(): string {
    return httpsOnly(this.href) ?? httpsOnly(hostLink(this)?.getAttribute('href')) ?? DEFAULT_DESTINATION;
  }

  /**
   * Resolves once the shadow DOM shows the current state. Rendering here is
   * synchronous, so it is already resolved; it is kept because hosts await it
   * on every kyr element (the others are Lit elements).
   */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  connectedCallback(): void {
    // On a page (not inside another kyr element, which needs JavaScript anyway), only a link of the page's own works before the script does.
    if (this.getRootNode() === document && !hostLink(this)) {
      console.warn('kyr-quick-exit: no <a href> inside');
    }
    this.render();
    this.listen(true);
    // Kept while the page lives: restoring is page-wide and harmless when nothing is hidden.
    addEventListener('pageshow', restorePage);
    bars.add(this);
    (sizes ??= new ResizeObserver(reserveSpace)).observe(this);
  }

  disconnectedCallback(): void {
    this.listen(false);
    bars.delete(this);
    sizes!.unobserve(this);
    reserveSpace();
  }

  attributeChangedCallback(): void {
    this.render();
  }

  /**
   * The navigation itself: the top window when the page is framed and that is
   * allowed, else this one, with `replace` so Back does not return here.
   * Tests override this one method to watch an exit without leaving.
   */
  protected leave(url: string): void {
    try {
      if (top !== window) return top!.location.replace(url);
    } catch {
      // A sandbox or a cross-origin rule keeps the top window: leave this frame.
    }
    location.replace(url);
  }
}

// The properties, on the prototype, where frameworks look for them.
for (const [property, attribute, read] of PROPERTIES) {
  Object.defineProperty(KyrQuickExit.prototype, property, {
    get(this: KyrQuickExit) {
      return read(this.getAttribute(attribute));
    },
    // false, null and undefined remove the attribute, true sets it empty, anything else is written as text.
    set(this: KyrQuickExit, value: unknown) {
      if (value == null || value === false) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? '' : String(value));
    },
  });
}
