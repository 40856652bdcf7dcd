import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { BASELINE_ID } from '../../data/vocabulary.js';
import { DataError, checksIfLoaded, loadChecks, loadRecord, type LoadedRecord } from '../../data/load.js';
import { directionOf } from '../../i18n/locale.js';
import { KyrElement } from './kyr-element.js';
import { followSourceLink } from './record-parts.js';
import { sharedStyles } from './shared.styles.js';

type View =
  | { state: 'loading' }
  | { state: 'ready'; loaded: LoadedRecord }
  | { state: 'error'; error: DataError; baseline?: LoadedRecord | undefined };

/** Print media, emulated or real (Firefox tells only through beforeprint). */
const printing = matchMedia('print');

const dataInputs = ['jurisdiction', 'locale', 'version', 'dataSrc', 'data'] as const;

/**
 * What every data-driven kyr element shares: the common attributes, loading
 * through `src/data/`, and the loading and error states, so no element can
 * forget to fail closed. Subclasses only say how a ready record looks.
 */
export abstract class KyrDataElement extends KyrElement {
  static override styles = [sharedStyles];

  /** Pin a published version of the data, like `1.0.0`. */
  @property() version = '';

  /** A published record given inline instead of loaded; it is checked like loaded data. */
  @property({ attribute: false }) data?: unknown;

  /** Heading level of the element's title (2–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() protected view: View = { state: 'loading' };

  private requestTicket = 0;

  /** The citation last followed to the sources list, for its back link. */
  private citationFollowed?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('kyr-jurisdiction-change', this.followGroup);
    this.addEventListener('click', this.followSourceLink);
    addEventListener('beforeprint', this.openSourcesForPaper);
    printing.addEventListener('change', this.openSourcesForPaper);
  }

  /** On paper every sources list is printed, opened or not (a closed <details> prints only its summary). */
  private openSourcesForPaper = (): void => {
    for (const list of this.renderRoot.querySelectorAll<HTMLDetailsElement>('details[part~="sources"]')) list.open = true;
  };

  private followSourceLink = (event: Event): void => {
    this.citationFollowed = followSourceLink(event, this.renderRoot as ShadowRoot, this.citationFollowed);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('kyr-jurisdiction-change', this.followGroup);
    this.removeEventListener('click', this.followSourceLink);
    removeEventListener('beforeprint', this.openSourcesForPaper);
    printing.removeEventListener('change', this.openSourcesForPaper);
  }

  private followGroup = (event: Event): void => {
    const detail = (event as CustomEvent<{ jurisdiction?: string; group?: string }>).detail;
    if (this.group && detail?.group === this.group && detail.jurisdiction) this.jurisdiction = detail.jurisdiction;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (dataInputs.some((name) => changed.has(name))) void this.refresh();
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
    return html`<div role="heading" aria-level=${level} class=${className} lang=${this.interfaceLocale} dir=${directionOf(this.interfaceLocale)}>${text}</div>`;
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
    case 'not-found':
      return msg('We do not have information for this place yet.');
    case 'version-not-found':
      return msg('The version of this information that this page asks for is not published.');
    case 'invalid':
    case 'integrity':
      return msg('This information did not pass a safety check, so it is not shown.');
  }
}
