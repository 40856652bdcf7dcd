import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { BASELINE_ID, arrestStages, type ArrestStage } from '../../data/vocabulary.js';
import type { ArrestStep, PublishedRecord } from '../../data/schema.js';
import { isStale, loadRecord, type LoadedRecord } from '../../data/load.js';
import { isAllowedHref } from '../../data/links.js';
import { formatDate } from '../../i18n/format.js';
import { directionOf } from '../../i18n/reader-locale.js';
import { KyrDataElement } from '../shared/data-element.js';
import { languageName, renderCitations, renderNotices, renderReviewFooter, safeLink } from '../shared/record-parts.js';
import { renderImmigration } from '../shared/immigration.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { arrestGuideStyles } from './arrest-guide.styles.js';

/** The general advice from the global baseline, loaded beside the jurisdiction's record. */
type GeneralAdvice =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; loaded: LoadedRecord }
  | { state: 'failed' };

/** Detail of `kyr-stage-change`. */
export interface StageChangeDetail {
  stage: ArrestStage;
}

/** A same-page fragment such as `#help`: nothing but a name after the `#`. */
const fragmentPattern = /^#[A-Za-z0-9][A-Za-z0-9_:.-]*$/;

/** `help-href` is shown only if it is a same-page fragment or passes the link allow-list. */
export function isAllowedHelpHref(value: string): boolean {
  return fragmentPattern.test(value) || isAllowedHref(value);
}

function isArrestStage(value: string): value is ArrestStage {
  return (arrestStages as readonly string[]).includes(value);
}

/** Warnings specific to the place first, then its other steps, each group in the order written. */
export function warningsFirst(steps: readonly ArrestStep[]): ArrestStep[] {
  return [...steps.filter((step) => step.warning), ...steps.filter((step) => !step.warning)];
}

const chevron = svg`<path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />`;
const warningIcon = svg`<path d="M12 3L2 21h20L12 3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
  <path d="M12 10v5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
  <circle cx="12" cy="18" r="1.2" fill="currentColor" />`;

/**
 * What to do if police stop you, arrest you or hold you, and after you are
 * released: four stages a reader can open one by one, with the place's own
 * warnings first and the general advice that applies everywhere after them.
 *
 * @tagname kyr-arrest-guide
 * @summary Step-by-step arrest guide for one jurisdiction, with general advice from the global baseline.
 *
 * @fires kyr-stage-change - The reader opened a stage (by its heading or the next/previous buttons). `detail: { stage }`, one of `stopped`, `arrested`, `detained`, `afterRelease`. Not fired on first render or when `open-stage` changes.
 *
 * @csspart guide - The guide's outer box.
 * @csspart immigration - What selling sex, an arrest, a fine or a conviction can do to a visa or residence permit.
 * @csspart stage - One stage: its heading button and its panel.
 * @csspart stage-button - The button that opens and closes a stage.
 * @csspart stage-panel - The steps of one stage.
 * @csspart warning - A step marked as a warning for this place.
 * @csspart stage-nav - The "Previous stage" and "Next stage" buttons.
 * @csspart help-link - The "Find help near you" link (only with `help-href`).
 * @csspart general-sources - Review date and sources of the general advice.
 * @csspart notice - A notice about the record (baseline, other language, out of date).
 * @csspart badge - A draft or unreviewed-translation badge.
 * @csspart footer - Review date, version, sources and the not-legal-advice line.
 * @csspart sources - The expandable list of sources.
 * @csspart loading - The loading message.
 * @csspart error - The error message, shown with the global baseline below it.
 *
 * @cssprop --kyr-color-text - Text colour.
 * @cssprop --kyr-color-background - Background colour.
 * @cssprop --kyr-color-border - Border colour of the guide and its stages.
 * @cssprop --kyr-color-link - Link colour.
 * @cssprop --kyr-color-muted - Colour of dates, sources and other small print.
 * @cssprop --kyr-color-focus - Focus outline colour.
 * @cssprop --kyr-color-warning-border - Edge and icon colour of a warning (the word "Warning" is always shown too).
 * @cssprop --kyr-color-warning-background - Background of a warning.
 * @cssprop --kyr-color-stage-background - Background of a stage's heading button.
 * @cssprop --kyr-font-family - Font family; the system font by default (no web fonts are loaded).
 * @cssprop --kyr-radius - Corner radius.
 * @cssprop --kyr-space - Inner spacing of the guide.
 *
 * @slot - No slots: the guide's content comes from the data.
 */
@localized()
export class KyrArrestGuide extends KyrDataElement {
  static override styles = [sharedStyles, arrestGuideStyles];

  /** The stage open at first: `stopped` (default), `arrested`, `detained` or `afterRelease`. */
  @property({ attribute: 'open-stage' }) openStage: ArrestStage | '' = '';

  /** Where "Find help near you" goes: a same-page fragment (`#help`) or an https:, tel:, sms: or mailto: link. Without it, no link is shown. */
  @property({ attribute: 'help-href' }) helpHref = '';

  @state() private openStages: ReadonlySet<ArrestStage> = new Set<ArrestStage>(['stopped']);

  @state() private general: GeneralAdvice = { state: 'none' };

  private generalTicket = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('openStage')) {
      this.openStages = new Set<ArrestStage>([isArrestStage(this.openStage) ? this.openStage : 'stopped']);
    }
  }

  /** Load the record and the general advice again, for example after the data host recovers. */
  override async refresh(): Promise<void> {
    void this.loadGeneralAdvice();
    await super.refresh();
  }

  /** The global baseline's arrest advice, shown after the place's own steps. */
  private async loadGeneralAdvice(): Promise<void> {
    const ticket = ++this.generalTicket;
    const settle = (general: GeneralAdvice) => {
      if (ticket === this.generalTicket) this.general = general;
    };
    const inlineId = this.data !== undefined ? (this.data as { id?: unknown } | null)?.id : undefined;
    const shownId = this.data !== undefined ? inlineId : this.jurisdiction || BASELINE_ID;
    // The baseline itself needs no second copy; inline data fetches nothing unless a data location is given.
    if (shownId === BASELINE_ID || (this.data !== undefined && !this.dataSrc.trim())) {
      settle({ state: 'none' });
      return;
    }
    settle({ state: 'loading' });
    try {
      settle({
        state: 'ready',
        loaded: await loadRecord({ jurisdiction: BASELINE_ID, locale: this.wantedLocale, dataSrc: this.dataSrc }),
      });
    } catch (error) {
      console.warn(`kyr: general advice not loaded: ${String(error)}`);
      settle({ state: 'failed' });
    }
  }

  protected override renderRecord(loaded: LoadedRecord): TemplateResult {
    const { record } = loaded;
    const reader = this.wantedLocale;
    const recordIsBaseline = loaded.isBaseline || record.id === BASELINE_ID;
    const general = !recordIsBaseline && this.general.state === 'ready' ? this.general.loaded : undefined;
    const generalPending = !recordIsBaseline && this.general.state === 'loading';
    const title = recordIsBaseline
      ? msg('If police stop or arrest you')
      : msg(str`If police stop or arrest you in ${record.names}`);
    return html`
      <article class="guide" part="guide" lang=${record.locale} dir=${directionOf(record.locale)}>
        ${this.heading(title, 0, 'title')}
        ${renderNotices(loaded, reader)}
        <p class="intro">
          ${msg('Open each stage to see what you can do.')}
          ${hasWarnings(record) ? msg('Warnings for this place come first.') : nothing}
        </p>
        ${general?.localeFallback && general.record.locale !== record.locale
          ? html`<p class="notice" part="notice">
              ${msg(str`The general advice is not available in your language yet. It is shown in ${languageName(general.record.locale, reader)}.`)}
            </p>`
          : nothing}
        <div class="stages">
          ${arrestStages.map((stage, index) =>
            this.renderStage(stage, index, record, recordIsBaseline, general?.record, generalPending),
          )}
        </div>
        ${renderImmigration(record, (text, offset, className) => this.heading(text, offset, className), 1)}
        ${this.renderHelpLink()}
        ${general ? this.renderGeneralSources(general.record, reader) : nothing}
        ${renderReviewFooter(record, reader)}
      </article>
    `;
  }

  private renderStage(
    stage: ArrestStage,
    index: number,
    record: PublishedRecord,
    recordIsBaseline: boolean,
    general: PublishedRecord | undefined,
    generalPending: boolean,
  ): TemplateResult {
    const open = this.openStages.has(stage);
    const own = warningsFirst(record.arrest?.[stage] ?? []);
    const generalSteps = general?.arrest?.[stage] ?? [];
    const previous = arrestStages[index - 1];
    const next = arrestStages[index + 1];
    const total = arrestStages.length;
    const position = index + 1;
    return html`
      <section class="stage" part="stage" data-stage=${stage}>
        ${this.heading(
          html`<button
            type="button"
            class="stage-button"
            part="stage-button"
            id="stage-button-${stage}"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="stage-panel-${stage}"
            @click=${() => this.toggleStage(stage)}
          >
            <span class="stage-label">
              <span class="stage-name">${stageName(stage)}</span>
              <span class="stage-count">${msg(str`Stage ${position} of ${total}`)}</span>
            </span>
            <svg class="chevron" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${chevron}</svg>
          </button>`,
          1,
          'stage-heading',
        )}
        <div class="stage-panel" part="stage-panel" id="stage-panel-${stage}" ?hidden=${!open}>
          ${own.length
            ? html`${recordIsBaseline ? this.heading(msg('General advice (applies everywhere)'), 2, 'group-heading') : this.heading(msg(str`In ${record.names}`), 2, 'group-heading')}
                <ul class="steps">
                  ${own.map((step) => this.renderOwnStep(record, step))}
                </ul>`
            : !recordIsBaseline && (general || generalPending)
              ? html`<p class="muted">${msg(str`We do not have advice for this stage that is specific to ${record.names}.`)}</p>`
              : nothing}
          ${generalSteps.length && general ? this.renderGeneralSteps(general, generalSteps) : nothing}
          ${generalPending ? html`<p class="muted general-loading">${msg('Loading general advice…')}</p>` : nothing}
          ${!own.length && !generalSteps.length && !generalPending
            ? html`<p class="empty">${msg('We do not have advice for this stage yet. A sex worker-led organisation may be able to help.')}</p>`
            : nothing}
          <div class="stage-nav" part="stage-nav">
            ${previous
              ? html`<button type="button" class="previous-stage" @click=${() => this.moveTo(stage, previous)}>
                  ${msg(str`Previous stage: ${stageName(previous)}`)}
                </button>`
              : nothing}
            ${next
              ? html`<button type="button" class="next-stage" @click=${() => this.moveTo(stage, next)}>
                  ${msg(str`Next stage: ${stageName(next)}`)}
                </button>`
              : nothing}
          </div>
        </div>
      </section>
    `;
  }

  private renderOwnStep(record: PublishedRecord, step: ArrestStep): TemplateResult {
    if (!step.warning) return html`<li class="step">${step.text}${renderCitations(record, step.sources)}</li>`;
    return html`<li class="step warning" part="warning">
      <span class="warning-label"
        ><svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${warningIcon}</svg
        >${msg('Warning')}:</span
      >
      ${step.text}${renderCitations(record, step.sources)}
    </li>`;
  }

  /** General advice, in the baseline's own language, citing the baseline's sources as G1, G2 … */
  private renderGeneralSteps(general: PublishedRecord, steps: readonly ArrestStep[]): TemplateResult {
    return html`
      <div class="general" lang=${general.locale} dir=${directionOf(general.locale)}>
        ${this.heading(msg('General advice (applies everywhere)'), 2, 'group-heading')}
        <ul class="steps">
          ${steps.map((step) => html`<li class="step">${step.text}${renderGeneralCitations(general, step.sources)}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderHelpLink(): TemplateResult | typeof nothing {
    const href = this.helpHref.trim();
    if (!href) return nothing;
    if (!isAllowedHelpHref(href)) {
      console.warn(`kyr: help-href "${href}" is not a same-page #fragment or an https:, tel:, sms: or mailto: link; no link is shown.`);
      return nothing;
    }
    const text = msg('Find help near you');
    return html`<p class="help" part="help-link">
      ${fragmentPattern.test(href) ? html`<a href=${href}>${text}</a>` : safeLink(href, text)}
    </p>`;
  }

  /** The general advice comes from another record, so its review date and sources are shown too (safety rule 7). */
  private renderGeneralSources(general: PublishedRecord, reader: string): TemplateResult {
    const reviewed = formatDate(general.lastReviewed, reader);
    const version = general.version;
    const due = formatDate(general.nextReviewDue, reader);
    return html`
      <section class="general-sources" part="general-sources">
        <p class="meta">
          ${msg(str`General advice: last reviewed ${reviewed}. Version ${version}.`)}
          ${general.status === 'draft' ? msg('It is a draft, not yet checked by reviewers.') : nothing}
          ${isStale(general) ? msg(str`It may be out of date: it was due for review on ${due}.`) : nothing}
        </p>
        <details part="sources">
          <summary>${msg('Sources of the general advice')} (${general.sources.length})</summary>
          <ul class="meta source-list" lang=${general.locale} dir=${directionOf(general.locale)}>
            ${general.sources.map(
              (source, index) => html`<li>
                <span class="source-number">G${index + 1}.</span>
                ${safeLink(source.url, source.title)}, ${source.publisher},
                <bdi>${formatDate(source.date, reader)}</bdi>${source.note ? html`. ${source.note}` : nothing}
              </li>`,
            )}
          </ul>
        </details>
      </section>
    `;
  }

  private toggleStage(stage: ArrestStage): void {
    const opening = !this.openStages.has(stage);
    const open = new Set(this.openStages);
    if (opening) open.add(stage);
    else open.delete(stage);
    this.openStages = open;
    if (opening) this.announceStage(stage);
  }

  /** Close this stage, open the next (or previous) and move focus to its heading button. */
  private async moveTo(from: ArrestStage, to: ArrestStage): Promise<void> {
    const open = new Set(this.openStages);
    open.delete(from);
    open.add(to);
    this.openStages = open;
    this.announceStage(to);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`#stage-button-${to}`)?.focus();
  }

  private announceStage(stage: ArrestStage): void {
    this.dispatchEvent(
      new CustomEvent<StageChangeDetail>('kyr-stage-change', { detail: { stage }, bubbles: true, composed: true }),
    );
  }
}

function hasWarnings(record: PublishedRecord): boolean {
  return arrestStages.some((stage) => record.arrest?.[stage]?.some((step) => step.warning));
}

/** "(General sources: G1, G3)": numbers that match the list of the general advice's sources. */
function renderGeneralCitations(general: PublishedRecord, ids: readonly string[]): TemplateResult {
  const numbers = ids.map((id) => general.sources.findIndex((s) => s.id === id) + 1).filter((n) => n > 0);
  if (!numbers.length) return html``;
  return html` <span class="cite">(${msg('General sources')}: ${numbers.map((n) => `G${n}`).join(', ')})</span>`;
}

export function stageName(stage: ArrestStage): string {
  switch (stage) {
    case 'stopped':
      return msg('If police stop you');
    case 'arrested':
      return msg('If you are arrested');
    case 'detained':
      return msg('If you are held in custody');
    case 'afterRelease':
      return msg('After you are released');
  }
}
