import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { BASELINE_ID } from '../../data/vocabulary.js';
import { DataError, checksIfLoaded, loadChecks, loadRecord, type LoadedRecord } from '../../data/load.js';
import { readerLocale } from '../../i18n/reader-locale.js';
import { currentInterfaceLocale, useInterfaceLocale } from '../../i18n/localization.js';
import { sharedStyles } from './shared.styles.js';
import { unavailableMessage } from './record-parts.js';

type View =
  | { state: 'loading' }
  | { state: 'ready'; loaded: LoadedRecord }
  | { state: 'error'; error: DataError; baseline?: LoadedRecord | undefined };

const dataInputs = ['jurisdiction', 'locale', 'version', 'dataSrc', 'data'] as const;

/**
 * What every data-driven kyr element shares: the common attributes, loading
 * through `src/data/`, and the loading and error states, so no element can
 * forget to fail closed. Subclasses only say how a ready record looks.
 */
export abstract class KyrDataElement extends LitElement {
  static override styles = [sharedStyles];

  /** ISO 3166 code of the place, like `ke` or `us-la`. Without it, the global baseline is shown. */
  @property({ reflect: true }) jurisdiction = '';

  /** Language of the content; defaults to the nearest `lang`, then the browser's languages. */
  @property() locale = '';

  /** Pin a published version of the data, like `1.0.0`. */
  @property() version = '';

  /** Base URL of the data; defaults to `data/` beside the script. */
  @property({ attribute: 'data-src' }) dataSrc = '';

  /** A published record given inline instead of loaded; it is checked like loaded data. */
  @property({ attribute: false }) data?: unknown;

  /** Heading level of the element's title (2–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Follow the `<kyr-jurisdiction-picker>` with the same `group` anywhere on the page. */
  @property({ reflect: true }) group = '';

  @state() protected view: View = { state: 'loading' };

  private requestTicket = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('kyr-jurisdiction-change', this.followGroup);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('kyr-jurisdiction-change', this.followGroup);
  }

  private followGroup = (event: Event): void => {
    const detail = (event as CustomEvent<{ jurisdiction?: string; group?: string }>).detail;
    if (this.group && detail?.group === this.group && detail.jurisdiction) this.jurisdiction = detail.jurisdiction;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The interface speaks the reader's language too (one per page, see src/i18n/localization.ts).
    if (changed.has('locale') || !this.hasUpdated) void useInterfaceLocale(this.wantedLocale);
    if (dataInputs.some((name) => changed.has(name))) void this.refresh();
  }

  /** The language the reader asked for. */
  protected get wantedLocale(): string {
    return readerLocale(this, this.locale);
  }

  /** Load again, for example after the data host recovers. */
  async refresh(): Promise<void> {
    const ticket = ++this.requestTicket;
    const settle = (view: View) => {
      // A newer request has started since: its answer wins.
      if (ticket === this.requestTicket) this.view = view;
    };
    if (this.data !== undefined) {
      const data = this.data;
      const check = (checks: NonNullable<ReturnType<typeof checksIfLoaded>>) => {
        try {
          settle({ state: 'ready', loaded: { record: checks.checkRecord(data, 'data property'), isBaseline: false, localeFallback: false } });
        } catch (error) {
          settle({ state: 'error', error: asDataError(error) });
        }
      };
      // Once the check has arrived, inline data is checked and shown in the same update.
      const checks = checksIfLoaded();
      if (checks) return check(checks);
      this.view = { state: 'loading' };
      await loadChecks().then(check, (error: unknown) => settle({ state: 'error', error: asDataError(error) }));
      return;
    }
    this.view = { state: 'loading' };
    const request = { locale: this.wantedLocale, version: this.version, dataSrc: this.dataSrc };
    try {
      settle({ state: 'ready', loaded: await loadRecord({ ...request, jurisdiction: this.jurisdiction || BASELINE_ID }) });
    } catch (error) {
      const failure = asDataError(error);
      console.warn(`kyr: ${failure.message}`);
      let baseline: LoadedRecord | undefined;
      if (this.jurisdiction !== BASELINE_ID) {
        baseline = await loadRecord({ ...request, version: '', jurisdiction: BASELINE_ID }).catch(() => undefined);
      }
      settle({ state: 'error', error: failure, baseline: baseline && { ...baseline, isBaseline: true } });
    }
  }

  /** How a ready record looks; `loaded.isBaseline` says the baseline stands in. */
  protected abstract renderRecord(loaded: LoadedRecord): TemplateResult;

  /**
   * A heading at the host's chosen level, without building tags from strings. It is
   * interface text, so it carries the interface language even inside content in another.
   */
  protected heading(text: string | TemplateResult, offset = 0, className = ''): TemplateResult {
    const level = Math.min(6, Math.max(1, (this.headingLevel || 2) + offset));
    return html`<div role="heading" aria-level=${level} class=${className} lang=${currentInterfaceLocale()}>${text}</div>`;
  }

  protected override render(): TemplateResult {
    const view = this.view;
    if (view.state === 'loading') {
      return html`<p class="muted" role="status" part="loading">${msg('Loading rights information…')}</p>`;
    }
    if (view.state === 'ready') return this.renderRecord(view.loaded);
    return html`
      <div class="notice error" role="alert" part="error">
        <p>${errorMessage(view.error)}</p>
        ${view.baseline ? html`<p>${msg('General information that applies everywhere is shown below.')}</p>` : nothing}
        <button type="button" @click=${() => this.refresh()}>${msg('Try again')}</button>
      </div>
      ${view.baseline ? this.renderRecord(view.baseline) : nothing}
    `;
  }
}

function asDataError(error: unknown): DataError {
  return error instanceof DataError ? error : new DataError('invalid', String(error));
}

function errorMessage(error: DataError): string {
  switch (error.reason) {
    case 'unreachable':
      return msg('We could not load this information. Check your connection and try again.');
    case 'unavailable':
      return unavailableMessage();
    case 'not-found':
      return msg('We do not have information for this place yet.');
    case 'version-not-found':
      return msg('The version of this information that this page asks for is not published.');
    case 'invalid':
    case 'integrity':
      return msg('This information did not pass a safety check, so it is not shown.');
  }
}
