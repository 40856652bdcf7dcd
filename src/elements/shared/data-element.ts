import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { BASELINE_ID } from '../../data/vocabulary.js';
import { checksIfLoaded, loadBaseline, loadChecks, loadRecord, type DataError, type LoadedRecord } from '../../data/load.js';
import { directionOf } from '../../i18n/locale.js';
import { KyrElement } from './kyr-element.js';
import { followSourceLink } from './record-parts.js';
import { sharedStyles } from './shared.styles.js';
import { LoadingController, type LoadState } from './loading-controller.js';
import { unavailableMessage } from './record-parts.js';

type View =
  | { state: 'loading' }
  | { state: 'ready'; loaded: LoadedRecord }
  | { state: 'error'; error: DataError; baseline?: LoadedRecord | undefined };

type Checks = NonNullable<ReturnType<typeof checksIfLoaded>>;

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

  /** The record shown, or the error and the baseline standing in. */
  private readonly record = new LoadingController<LoadedRecord, LoadedRecord>(this, 'record', { state: 'loading' });

  private viewOf?: { from: LoadState<LoadedRecord, LoadedRecord>; view: View };

  /** What the element shows now: the same object until the load's state changes, so a subclass can tell a new record. */
  protected get view(): View {
    const from = this.record.current;
    if (this.viewOf?.from !== from) {
      const view: View =
        from.state === 'ready'
          ? { state: 'ready', loaded: from.value }
          : from.state === 'error'
            ? { state: 'error', error: from.error, baseline: from.fallback }
            : { state: 'loading' };
      this.viewOf = { from, view };
    }
    return this.viewOf.view;
  }

  /** The citation last followed to the sources list, for its back link. */
  private citationFollowed?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('kyr-jurisdiction-change', this.followGroup);
    this.addEventListener('click', this.followSourceLink);
    addEventListener('beforeprint', this.openSourcesForPaper);
    printing.addEventListener('change', this.openSourcesForPaper);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('kyr-jurisdiction-change', this.followGroup);
    this.removeEventListener('click', this.followSourceLink);
    removeEventListener('beforeprint', this.openSourcesForPaper);
    printing.removeEventListener('change', this.openSourcesForPaper);
  }

  private followSourceLink = (event: Event): void => {
    this.citationFollowed = followSourceLink(event, this.renderRoot as ShadowRoot, this.citationFollowed);
  };

  /** On paper every sources list is printed, opened or not (a closed <details> prints only its summary). */
  private openSourcesForPaper = (): void => {
    for (const list of this.renderRoot.querySelectorAll<HTMLDetailsElement>('details[part~="sources"]')) list.open = true;
  };

  private followGroup = (event: Event): void => {
    const detail = (event as CustomEvent<{ jurisdiction?: string; group?: string }>).detail;
    if (this.group && detail?.group === this.group && detail.jurisdiction) this.jurisdiction = detail.jurisdiction;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (dataInputs.some((name) => changed.has(name))) void this.refresh();
  }

  /** Load again, for example after the data host recovers. */
  refresh(): Promise<void> {
    if (this.data !== undefined) {
      const data = this.data;
      const check = (checks: Checks): LoadedRecord => ({ record: checks.checkRecord(data, 'data property'), isBaseline: false, localeFallback: false });
      // Once the check has arrived, inline data is checked and shown in the same update.
      const checks = checksIfLoaded();
      return this.record.load(() => (checks ? check(checks) : loadChecks().then(check)));
    }
    const request = { locale: this.wantedLocale, version: this.version, dataSrc: this.dataSrc };
    const jurisdiction = this.jurisdiction || BASELINE_ID;
    return this.record.load(() => loadRecord({ ...request, jurisdiction }), {
      fallback: () => (jurisdiction === BASELINE_ID ? Promise.resolve(undefined) : loadBaseline(request)),
    });
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
