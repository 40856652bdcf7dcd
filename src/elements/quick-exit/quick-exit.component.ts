import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { useInterfaceLocale } from '../../i18n/localization.js';
import { readerLocale } from '../../i18n/reader-locale.js';
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
const SHIFT_PRESSES = 3;
const ESCAPE_WINDOW = 1000;

// One sheet adopted into the page (CSP-safe, unlike a style attribute or a
// <style> element): the first rule reserves the bar's height for scrolling
// (at zero specificity, so a host's own scroll-padding wins), the others hide
// everything at once behind the system's plain background colour. Top-layer
// selectors sit in rules of their own: a browser that does not know one drops
// only that rule, never the one that hides the body.
const PAGE_CSS = `:where(html){scroll-padding-block-start:var(--kyr-quick-exit-block-size)}
[${HIDDEN}]{background:Canvas!important;color:CanvasText!important}
[${HIDDEN}]>*{display:none!important}
[${HIDDEN}]::before,[${HIDDEN}]::after{content:none!important}
[${HIDDEN}] :modal{display:none!important}
[${HIDDEN}] :popover-open{display:none!important}
[${HIDDEN}] ::backdrop{display:none!important}`;

let pageSheet: CSSStyleSheet | undefined;
let leaving = false;
let savedTitle = '';
let savedIcons: Element[] = [];
const bars = new Set<HTMLElement>();
let sizes: ResizeObserver | undefined;

function adoptPageSheet(): CSSStyleSheet {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(PAGE_CSS);
  }
  const sheets = document.adoptedStyleSheets;
  if (!sheets.includes(pageSheet)) document.adoptedStyleSheets = [...sheets, pageSheet];
  return pageSheet;
}

/** Scrolling into view (focus, find in page, anchors) keeps clear of the tallest bar. */
function reserveSpace(): void {
  let height = 0;
  for (const bar of bars) height = Math.max(height, bar.offsetHeight);
  try {
    (adoptPageSheet().cssRules[0] as CSSStyleRule).style.setProperty('--kyr-quick-exit-block-size', `${height}px`);
  } catch {
    // No constructable stylesheets: nothing to reserve, the exit still works.
  }
}

function hidePage(title: string): void {
  const root = document.documentElement;
  if (!root.hasAttribute(HIDDEN)) {
    savedTitle = document.title;
    savedIcons = [...document.querySelectorAll('link[rel~="icon" i]')];
  }
  root.setAttribute(HIDDEN, '');
  try {
    adoptPageSheet();
  } catch {
    // An old browser without constructable stylesheets: the CSSOM is CSP-safe too.
    root.style.setProperty('display', 'none', 'important');
  }
  document.title = title;
  for (const icon of savedIcons) icon.remove();
}

/** Back from the back/forward cache: the page is the reader's again. */
function restorePage(event: PageTransitionEvent): void {
  if (!event.persisted) return;
  leaving = false;
  const root = document.documentElement;
  if (!root.hasAttribute(HIDDEN)) return;
  root.removeAttribute(HIDDEN);
  root.style.removeProperty('display');
  document.title = savedTitle;
  document.head.append(...savedIcons);
  savedIcons = [];
}

/** The URL when it is https (a relative one is resolved against the page), else undefined. */
function httpsOnly(value: string | null | undefined): string | undefined {
  try {
    const url = new URL(value ?? '', document.baseURI);
    if (value && url.protocol === 'https:' && url.hostname) return url.href;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}

/** A field that takes typing: Escape there is the field's, and Shift may be a phone keyboard's. */
function isTextField(target: EventTarget | undefined): boolean {
  return target instanceof Element && target.matches(':read-write');
}

/** A touch screen and no mouse or touchpad: a phone or a tablet without a keyboard cover. */
function touchOnly(): boolean {
  return matchMedia('(any-pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
}

/** A dialog or popover that Escape would close is on screen (a closed popover is display: none). */
function dialogOpen(): boolean {
  return [...document.querySelectorAll('dialog[open],[aria-modal=true],[popover]:not([popover=manual])')].some((element) => element.getClientRects().length > 0);
}

/**
 * The destination must not learn which site the reader left: no Referer, whatever
 * policy the host page has (a `<meta>` added before navigating applies to it).
 */
function withholdReferrer(): void {
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  document.head.append(meta);
}

/**
 * A quick exit: one tap, three presses of Shift, or (opt-in) Escape twice hide
 * the whole page at once and replace it with a neutral one, so Back does not
 * return to it. It enhances a real link that works without JavaScript, never
 * writes storage or cookies, and needs no data.
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
@localized()
export class KyrQuickExit extends LitElement {
  static override styles = quickExitStyles;

  /** The page to go to; only https (else the neutral default). Your own link's href is used when this is not set. */
  @property() href = '';

  /** Also leave on Escape pressed twice within a second (stands aside for text fields, open dialogs and handled keys). */
  @property({ type: Boolean }) escape = false;

  /** Open the destination in a new tab too (inside the tap), then replace this page. */
  @property({ type: Boolean, attribute: 'new-tab' }) newTab = false;

  /** On exit, clear this site's own sessionStorage and localStorage (the host's choice). */
  @property({ type: Boolean, attribute: 'clear-site-data' }) clearSiteData = false;

  /** How many milliseconds the three presses of Shift may take. */
  @property({ type: Number, attribute: 'shift-window' }) shiftWindow = 1000;

  /** A short note under the link; an empty `hint` shows the default note about browser history. */
  @property() hint?: string | null;

  /** The count of the Shift shortcut, for screen readers. */
  @state() private announcement = '';

  private shifts = 0;
  private firstShiftAt = 0;
  private shiftAlone = false;
  private escapeAt = -Infinity;
  private shiftTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.addEventListener('click', this.linkClick);
  }

  /** The page the exit goes to: `href` if https, else your own link's if https, else the neutral default. */
  get destination(): string {
    return httpsOnly(this.href) ?? httpsOnly(this.ownLink?.getAttribute('href')) ?? DEFAULT_DESTINATION;
  }

  private get ownLink(): HTMLAnchorElement | null {
    return this.querySelector(':scope > a[href]:not([slot])');
  }

  /** The page-wide listeners: capturing, so no page script can hide a key from them, except Escape (see escapeDown). */
  private listen(on: boolean): void {
    const method = on ? addEventListener : removeEventListener;
    method('keydown', this.keyDown, true);
    method('keyup', this.keyUp, true);
    // Bubbling, and last: a field, a dialog or a script that took the Escape has had its turn.
    method('keydown', this.escapeDown);
    method('pointerdown', this.pointerDown, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On its own, it speaks the page's language; inside another kyr element it follows that one's choice.
    if (this.getRootNode() === document) useInterfaceLocale(readerLocale(this)).catch(() => undefined);
    this.listen(true);
    // Kept while the page lives: restoring is page-wide and harmless when nothing is hidden.
    addEventListener('pageshow', restorePage);
    bars.add(this);
    (sizes ??= new ResizeObserver(reserveSpace)).observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen(false);
    bars.delete(this);
    sizes?.unobserve(this);
    reserveSpace();
    this.resetShifts();
  }

  protected override render(): TemplateResult {
    const own = !this.ownLink;
    const hint = this.hint ?? (this.querySelector(':scope > [slot="hint"]') ? '' : null);
    const update = () => this.requestUpdate();
    return html`<div class="bar" part="bar">
      <slot @slotchange=${update}></slot>
      ${own
        ? html`<a class="link" part="link" href=${this.destination} rel="noreferrer" aria-describedby="keys">${msg('Leave this page')}</a>
            <span id="keys" hidden>${this.escape ? msg('Shortcut: press Shift 3 times, or Escape twice.') : msg('Shortcut: press Shift 3 times.')}</span>`
        : nothing}
      <p class="hint" part="hint" ?hidden=${hint == null}>
        <slot name="hint" @slotchange=${update}>${hint || msg('Leaving this page does not clear your browsing history.')}</slot>
      </p>
      <span class="visually-hidden" role="status" aria-live="polite">${this.announcement}</span>
    </div>`;
  }

  /**
   * Hide the page, then leave, all in the trigger's own task. Runs once per
   * page, however many quick exits it holds.
   */
  protected exit(trigger: QuickExitTrigger): void {
    if (leaving) return;
    leaving = true;
    const url = this.destination;
    hidePage(msg('New tab'));
    withholdReferrer();
    if (this.newTab) {
      try {
        window.open(url, '_blank', 'noopener');
      } catch {
        // A blocked pop-up: this page is replaced all the same.
      }
    }
    if (this.clearSiteData) {
      try {
        sessionStorage.clear();
      } catch {
        // Storage is blocked: there is nothing to clear.
      }
      try {
        localStorage.clear();
      } catch {
        // As above.
      }
    }
    this.dispatchEvent(new CustomEvent<QuickExitDetail>('kyr-quick-exit', { bubbles: true, composed: true, detail: { trigger } }));
    this.leave(url);
  }

  /**
   * The navigation itself: the top window when the page is framed and that is
   * allowed, else this one, with `replace` so Back does not return here.
   * Tests override this one method to watch an exit without leaving.
   */
  protected leave(url: string): void {
    try {
      const top = window.top;
      if (top && top !== window) return top.location.replace(url);
    } catch {
      // A sandbox or a cross-origin rule keeps the top window: leave this frame.
    }
    location.replace(url);
  }

  private readonly linkClick = (event: MouseEvent): void => {
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (link && (link === this.ownLink || link.getRootNode() === this.renderRoot)) {
      event.preventDefault();
      this.exit('click');
    }
  };

  private readonly keyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (!event.repeat) this.shiftAlone = true;
      return;
    }
    // Any other key: a Shift held down is a modifier, and the shortcut starts over.
    this.shiftAlone = false;
    this.resetShifts();
    if (event.key !== 'Escape') this.escapeAt = -Infinity;
  };

  /** Shift-click (selecting text) uses Shift as a modifier too. */
  private readonly pointerDown = (event: PointerEvent): void => {
    if (event.shiftKey) this.shiftAlone = false;
  };

  private readonly keyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || !this.shiftAlone || event.isComposing) return;
    // A phone's on-screen keyboard sends Shift while typing: in a text field on a touch-only device, Shift is the field's.
    if (isTextField(event.composedPath()[0]) && touchOnly()) return;
    const now = performance.now();
    if (!this.shifts || now - this.firstShiftAt > this.shiftWindow) {
      this.resetShifts();
      this.firstShiftAt = now;
      this.shiftTimer = setTimeout(() => this.resetShifts(), this.shiftWindow);
    }
    if (++this.shifts < SHIFT_PRESSES) {
      this.announcement = msg(str`Shortcut ${this.shifts} of 3`);
      return;
    }
    this.resetShifts();
    this.exit('shift');
  };

  private readonly escapeDown = (event: KeyboardEvent): void => {
    if (!this.escape || event.key !== 'Escape' || event.repeat) return;
    if (event.defaultPrevented || isTextField(event.composedPath()[0]) || dialogOpen()) {
      this.escapeAt = -Infinity;
      return;
    }
    const now = performance.now();
    if (now - this.escapeAt <= ESCAPE_WINDOW) {
      this.escapeAt = -Infinity;
      this.exit('escape');
    } else {
      this.escapeAt = now;
    }
  };

  private resetShifts(): void {
    clearTimeout(this.shiftTimer);
    this.shifts = 0;
    this.announcement = '';
  }
}
