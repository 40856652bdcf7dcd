import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { sharedStyles } from '../shared/shared.styles.js';
import { KyrElement } from '../shared/kyr-element.js';
import { directionOf, interfaceLocales, ownName } from '../../i18n/locale.js';
import { unavailableMessage } from '../shared/record-parts.js';
import { rightsKitStyles } from './rights-kit.styles.js';

export const kitTabs = ['rights', 'arrest', 'services', 'help'] as const;
export type KitTab = (typeof kitTabs)[number];

/** The element behind each tab. */
const partTags = {
  rights: 'kyr-rights-card',
  arrest: 'kyr-arrest-guide',
  services: 'kyr-firewall-notice',
  help: 'kyr-help-directory',
} as const;

/** Whether a part's element can be shown: defined, on its way, or not reachable. */
type PartState = 'defined' | 'loading' | 'failed';

function tabLabel(tab: KitTab): string {
  switch (tab) {
    case 'rights':
      return msg('Your rights');
    case 'arrest':
      return msg('If police stop you');
    case 'services':
      return msg('Services and immigration');
    case 'help':
      return msg('Get help');
  }
}

/**
 * Everything in one tag: place picker, rights card, arrest guide, firewall
 * notice, help directory and quick exit, as tabs (or stacked sections). The
 * embed that needs no thought: `<kyr-rights-kit jurisdiction="ke">`.
 *
 * @tagname kyr-rights-kit
 * @summary The whole know-your-rights kit in one element.
 *
 * @csspart tabs - The row of tabs.
 * @csspart tab - One tab.
 * @csspart panel - One tab panel (or section).
 * @csspart language - The language switcher.
 *
 * @cssprop --kyr-color-border - Colour of the tab outline.
 * @cssprop --kyr-color-focus - Colour of the focus ring.
 * @cssprop --kyr-max-width - Widest the kit grows.
 * @cssprop --kyr-loading-block-size - Room its card (and picker) keep while loading, so the page below does not jump.
 *
 * @fires kyr-tab-change - The reader chose another tab. `detail: { tab }`.
 * @fires kyr-locale-change - The reader chose another language. `detail: { locale }`.
 */
export class KyrRightsKit extends KyrElement {
  static override styles = [sharedStyles, rightsKitStyles];

  /** Pin a published version of the data. */
  @property() version = '';
  /** Where the quick exit goes (an https page). */
  @property({ attribute: 'exit-href' }) exitHref = '';
  /** `tabs` (default) or `sections`, all parts one after another. */
  @property({ reflect: true }) layout: 'tabs' | 'sections' = 'tabs';
  /** The tab shown first: rights, arrest, services or help. */
  @property({ reflect: true }) tab: KitTab = 'rights';
  /** Heading level of each part's title (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private focusPanelAfterRender = false;

  /**
   * How the kit fetches a part that is not defined yet (set where the kit's
   * tag is registered, src/define/rights-kit.ts). Without it, parts are
   * expected to be defined by the page.
   */
  static loadPart?: (tag: string) => Promise<unknown>;

  @state() private partStates: Partial<Record<KitTab, PartState>> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('kyr-jurisdiction-change', this.onJurisdictionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('kyr-jurisdiction-change', this.onJurisdictionChange);
  }

  /** The picker inside the kit steers every part of it. */
  private onJurisdictionChange = (event: Event): void => {
    const detail = (event as CustomEvent<{ jurisdiction: string }>).detail;
    if (detail?.jurisdiction) this.jurisdiction = detail.jurisdiction;
  };

  /** The language switcher: the kit's content and interface follow, nothing else on the page; nothing is remembered after the visit. */
  private onLanguage(event: Event): void {
    const locale = (event.target as HTMLSelectElement).value;
    this.locale = locale;
    this.dispatchEvent(new CustomEvent('kyr-locale-change', { detail: { locale }, bubbles: true, composed: true }));
  }

  /**
   * The menu holds only the current language until the reader reaches for it
   * (pointer down or focus, both before it opens): laying out every language's
   * name in its own script makes the browser find a font for each script, the
   * longest step of the kit's first view on a slow phone.
   */
  @state() private allLanguages = false;

  private showAllLanguages(): void {
    this.allLanguages = true;
  }

  private renderLanguageSwitcher(): TemplateResult {
    const current = this.interfaceLocale;
    return html`<label class="language">
      <span>${msg('Language')}</span>
      <select part="language" @change=${this.onLanguage} @pointerdown=${this.showAllLanguages} @focus=${this.showAllLanguages}>
        ${(this.allLanguages ? interfaceLocales : [current]).map(
          (code) => html`<option value=${code} lang=${code} dir=${directionOf(code)} ?selected=${code === current}>${ownName(code)}</option>`,
        )}
      </select>
    </label>`;
  }

  private select(tab: KitTab, moveFocus: 'tab' | 'panel'): void {
    if (tab !== this.tab) {
      this.tab = tab;
      this.dispatchEvent(new CustomEvent('kyr-tab-change', { detail: { tab }, bubbles: true, composed: true }));
    }
    if (moveFocus === 'panel') this.focusPanelAfterRender = true;
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  /** Arrow keys move between tabs (mirrored right to left), Home and End jump to the ends. */
  private onTabKey(event: KeyboardEvent): void {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const index = kitTabs.indexOf(this.tab);
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
    let next: number | undefined;
    if (event.key in step) next = (index + step[event.key]! + kitTabs.length) % kitTabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = kitTabs.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.select(kitTabs[next]!, 'tab');
  }

  /** The arrest guide's "find help" link opens the help tab instead of leaving the kit. */
  private onPanelClick(event: MouseEvent): void {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (link?.getAttribute('href') === '#kyr-help') {
      event.preventDefault();
      if (this.layout === 'tabs') this.select('help', 'panel');
      else this.renderRoot.querySelector<HTMLElement>('#panel-help')?.focus();
    }
  }

  protected override updated(): void {
    if (this.focusPanelAfterRender) {
      this.focusPanelAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>(`#panel-${this.tab}`)?.focus();
    }
  }

  /**
   * Fetch a part's element if it is not defined yet. Called when a part is
   * shown, and on a tab's hover or focus so it is often there before the click.
   */
  private ensurePart(tab: KitTab, retry = false): PartState {
    const tag = partTags[tab];
    const known = this.partStates[tab];
    if (known === 'loading' || known === 'defined' || (known === 'failed' && !retry)) return known;
    if (customElements.get(tag) || !KyrRightsKit.loadPart) return 'defined';
    const settle = (state: PartState) => (this.partStates = { ...this.partStates, [tab]: state });
    KyrRightsKit.loadPart(tag).then(
      () => settle('defined'),
      (error: unknown) => {
        console.warn(`kyr: ${tag} not loaded: ${String(error)}`);
        settle('failed');
      },
    );
    // Not a render-time state change: the next render picks it up.
    this.partStates[tab] = 'loading';
    return 'loading';
  }

  /** A pointer over a tab, or focus on it: the reader may open it next (and may be trying again after a failure). */
  private onTabIntent(tab: KitTab): void {
    this.ensurePart(tab, true);
    this.requestUpdate();
  }

  /** A part, or what stands in while its element is fetched (or could not be). */
  private renderShownPart(tab: KitTab): TemplateResult {
    switch (this.ensurePart(tab)) {
      case 'defined':
        return this.renderPart(tab);
      case 'loading':
        return html`<p class="muted" role="status" part="loading">${msg('Loading rights information…')}</p>`;
      case 'failed':
        // The part's file is missing or broken on the site: the console names it; the reader is not blamed.
        return html`<p role="alert" part="error">${unavailableMessage()}</p>`;
    }
  }

  private renderPart(tab: KitTab): TemplateResult {
    const level = this.headingLevel;
    const common = { jurisdiction: this.jurisdiction, locale: this.locale, version: this.version, dataSrc: this.dataSrc };
    switch (tab) {
      case 'rights':
        return html`<kyr-rights-card .jurisdiction=${common.jurisdiction} .locale=${common.locale} .version=${common.version} .dataSrc=${common.dataSrc} .headingLevel=${level}></kyr-rights-card>`;
      case 'arrest':
        return html`<kyr-arrest-guide help-href="#kyr-help" .jurisdiction=${common.jurisdiction} .locale=${common.locale} .version=${common.version} .dataSrc=${common.dataSrc} .headingLevel=${level}></kyr-arrest-guide>`;
      case 'services':
        return html`<kyr-firewall-notice .jurisdiction=${common.jurisdiction} .locale=${common.locale} .version=${common.version} .dataSrc=${common.dataSrc} .headingLevel=${level}></kyr-firewall-notice>`;
      case 'help':
        return html`<kyr-help-directory .jurisdiction=${common.jurisdiction} .locale=${common.locale} .version=${common.version} .dataSrc=${common.dataSrc} .headingLevel=${level}></kyr-help-directory>`;
    }
  }

  protected override render(): TemplateResult {
    const tabs = this.layout === 'tabs';
    return html`
      <kyr-quick-exit href=${this.exitHref || nothing} locale=${this.locale || nothing}></kyr-quick-exit>
      <div class="bar">
        <kyr-jurisdiction-picker .jurisdiction=${this.jurisdiction} .locale=${this.locale} .dataSrc=${this.dataSrc} .group=${this.group}></kyr-jurisdiction-picker>
        ${this.renderLanguageSwitcher()}
        <slot name="toolbar"></slot>
      </div>
      ${tabs
        ? html`<div role="tablist" part="tabs" aria-label=${msg('Know your rights')} @keydown=${this.onTabKey}>
            ${kitTabs.map(
              (tab) => html`<button
                type="button"
                role="tab"
                part="tab"
                id="tab-${tab}"
                aria-selected=${tab === this.tab ? 'true' : 'false'}
                aria-controls="panel-${tab}"
                tabindex=${tab === this.tab ? 0 : -1}
                @click=${() => this.select(tab, 'tab')}
                @pointerenter=${() => this.onTabIntent(tab)}
                @focus=${() => this.onTabIntent(tab)}
              >
                ${tabLabel(tab)}
              </button>`,
            )}
          </div>`
        : nothing}
      <div class=${tabs ? 'panels' : 'sections'} @click=${this.onPanelClick}>
        ${kitTabs.map((tab) =>
          tabs
            ? html`<div role="tabpanel" part="panel" id="panel-${tab}" aria-labelledby="tab-${tab}" tabindex="0" ?hidden=${tab !== this.tab}>
                ${tab === this.tab ? this.renderShownPart(tab) : nothing}
              </div>`
            : html`<section part="panel" id="panel-${tab}" tabindex="-1" aria-label=${tabLabel(tab)}>${this.renderShownPart(tab)}</section>`,
        )}
      </div>
    `;
  }
}
