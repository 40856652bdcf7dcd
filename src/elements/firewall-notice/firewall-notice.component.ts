import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { BASELINE_ID, serviceSectors, type ServiceSector } from '../../data/vocabulary.js';
import type { FirewallEntry, PublishedRecord } from '../../data/schema.js';
import type { LoadedRecord } from '../../data/load.js';
import { directionOf } from '../../i18n/reader-locale.js';
import { KyrDataElement } from '../shared/data-element.js';
import { renderCitations, renderNotices, renderReviewFooter } from '../shared/record-parts.js';
import { renderImmigration } from '../shared/immigration.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { firewallNoticeStyles } from './firewall-notice.styles.js';

type SharingAnswer = FirewallEntry['sharesWithImmigration'];
type SharingBasis = FirewallEntry['basis'];

function isServiceSector(value: string): value is ServiceSector {
  return (serviceSectors as readonly string[]).includes(value);
}

// Icons are drawn here in currentColor, so nothing is fetched and forced-colors mode keeps them visible.

const answerIcons: Record<SharingAnswer, SVGTemplateResult> = {
  // A warning triangle: it may share.
  yes: svg`<path d="M12 3L2 21h20L12 3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    <path d="M12 10v5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    <circle cx="12" cy="18" r="1.2" fill="currentColor" />`,
  // A shield with a tick: it does not share.
  no: svg`<path d="M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5l8-3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    <path d="M8 12l3 3 5-6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />`,
  // A circle with a question mark: not known.
  unknown: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    <circle cx="12" cy="17.5" r="1.2" fill="currentColor" />`,
};

const basisIcons: Record<SharingBasis, SVGTemplateResult> = {
  // A page of law.
  statute: svg`<path d="M6 2h9l4 4v16H6z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    <path d="M9 10h7M9 14h7M9 18h4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`,
  // A clipboard: an official rule.
  policy: svg`<rect x="5" y="4" width="14" height="18" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M9 2h6v4H9z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    <path d="M9 12h6M9 16h6" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`,
  // An eye: what is seen to happen.
  practice: svg`<path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" stroke-width="2" />`,
  unknown: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    <circle cx="12" cy="17.5" r="1.2" fill="currentColor" />`,
};

function icon(shape: SVGTemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/**
 * Whether a public service (health care, police, labour, schools, housing,
 * social services) passes information to immigration authorities, on what
 * basis, and what to do about it. The answer is always told in words beside an
 * icon, never by colour alone.
 *
 * @tagname kyr-firewall-notice
 * @summary Does this service share information with immigration? Yes, no or unknown, with the basis and what to do.
 *
 * @csspart notice-box - The element's outer box.
 * @csspart entry - The answer for one service.
 * @csspart answer - The yes / no / not known line, with its icon.
 * @csspart basis - The basis line (a law, a policy, what happens in practice, not known), with its icon.
 * @csspart advice - The short sentence on what to do for this answer.
 * @csspart immigration - What selling sex, an arrest, a fine or a conviction can do to a visa or residence permit (not shown with `service`).
 * @csspart missing - The "we do not know" text shown when the record has nothing for a service.
 * @csspart notice - A notice about the record (baseline, other language, out of date).
 * @csspart badge - A draft or unreviewed-translation badge.
 * @csspart footer - Review date, version, sources and the not-legal-advice line.
 * @csspart sources - The expandable list of sources.
 * @csspart loading - The loading message.
 * @csspart error - The error message, shown with the global baseline below it.
 *
 * @cssprop --kyr-color-text - Text colour.
 * @cssprop --kyr-color-background - Background colour.
 * @cssprop --kyr-color-border - Border colour of the box and of each answer.
 * @cssprop --kyr-color-link - Link colour.
 * @cssprop --kyr-color-muted - Colour of dates, sources and other small print.
 * @cssprop --kyr-color-shares - Edge and icon colour of a "yes, it may share" answer (the words are always shown too).
 * @cssprop --kyr-color-does-not-share - Edge and icon colour of a "no" answer.
 * @cssprop --kyr-color-unknown - Edge and icon colour of a "not known" answer.
 * @cssprop --kyr-font-family - Font family; the system font by default (no web fonts are loaded).
 * @cssprop --kyr-radius - Corner radius.
 * @cssprop --kyr-space - Inner spacing of the box.
 *
 * @slot - No slots: the content comes from the data.
 */
@localized()
export class KyrFirewallNotice extends KyrDataElement {
  static override styles = [sharedStyles, firewallNoticeStyles];

  /** One service: `health`, `police`, `labour`, `education`, `housing` or `social`. Without it (or with another value), every service the record has is listed. */
  @property({ reflect: true }) service = '';

  protected override renderRecord(loaded: LoadedRecord): TemplateResult {
    const { record } = loaded;
    const reader = this.wantedLocale;
    const sector = isServiceSector(this.service) ? this.service : undefined;
    return html`
      <article class="box" part="notice-box" lang=${record.locale} dir=${directionOf(record.locale)}>
        ${this.heading(sector ? sectorQuestion(sector) : msg('Do services share your information with immigration?'), 0, 'title')}
        ${renderNotices(loaded, reader)}
        ${record.id === BASELINE_ID || loaded.isBaseline
          ? html`<p class="muted">${msg('This is general guidance. It does not say what any one country does.')}</p>`
          : nothing}
        ${sector ? this.renderOne(record, sector) : this.renderAll(record, reader)}
        ${sector ? nothing : renderImmigration(record, (text, offset, className) => this.heading(text, offset, className), 1)}
        ${renderReviewFooter(record, reader)}
      </article>
    `;
  }

  private renderOne(record: PublishedRecord, sector: ServiceSector): TemplateResult {
    const entry = record.firewall?.find((item) => item.sector === sector);
    return entry ? this.renderEntry(record, entry, false) : this.renderMissing(sector);
  }

  private renderAll(record: PublishedRecord, reader: string): TemplateResult {
    const entries = serviceSectors
      .map((sector) => record.firewall?.find((item) => item.sector === sector))
      .filter((entry): entry is FirewallEntry => entry !== undefined);
    const missing = serviceSectors.filter((sector) => !entries.some((entry) => entry.sector === sector));
    if (!entries.length) {
      return html`<div class="entry answer-unknown" part="missing">
        <p class="answer" part="answer">
          ${icon(answerIcons.unknown)}
          <span>${msg('We do not know whether services here share information with immigration. We have no information about this place yet.')}</span>
        </p>
        <p class="advice" part="advice">${answerAdvice('unknown')}</p>
      </div>`;
    }
    return html`
      <ul class="entries">
        ${entries.map((entry) => html`<li>${this.renderEntry(record, entry, true)}</li>`)}
      </ul>
      ${missing.length
        ? html`<p class="muted" part="missing">
            ${msg(str`We have no information yet about: ${listOf(missing.map(sectorName), reader)}.`)}
          </p>`
        : nothing}
    `;
  }

  private renderEntry(record: PublishedRecord, entry: FirewallEntry, named: boolean): TemplateResult {
    const answer = entry.sharesWithImmigration;
    return html`
      <div class="entry answer-${answer}" part="entry" data-sector=${entry.sector}>
        ${named ? this.heading(sectorName(entry.sector), 1, 'sector') : nothing}
        <p class="answer" part="answer">${icon(answerIcons[answer])}<strong>${answerText(answer)}</strong></p>
        <p class="basis" part="basis">${icon(basisIcons[entry.basis])}<span>${basisText(entry.basis)}</span></p>
        <p>${entry.text}${renderCitations(record, entry.sources)}</p>
        <p class="advice" part="advice">${answerAdvice(answer)}</p>
      </div>
    `;
  }

  /** The record says nothing about this service: say so, never a blank box. */
  private renderMissing(sector: ServiceSector): TemplateResult {
    return html`
      <div class="entry answer-unknown" part="missing" data-sector=${sector}>
        <p class="answer" part="answer">${icon(answerIcons.unknown)}<strong>${answerText('unknown')}</strong></p>
        <p>${missingText(sector)}</p>
        <p class="advice" part="advice">${answerAdvice('unknown')}</p>
      </div>
    `;
  }
}

function listOf(items: string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export function sectorName(sector: ServiceSector): string {
  switch (sector) {
    case 'health':
      return msg('Health care');
    case 'police':
      return msg('Reporting a crime to the police');
    case 'labour':
      return msg('Labour and work-rights offices');
    case 'education':
      return msg('Schools and education');
    case 'housing':
      return msg('Housing and shelters');
    case 'social':
      return msg('Social services');
  }
}

function sectorQuestion(sector: ServiceSector): string {
  switch (sector) {
    case 'health':
      return msg('Do health services share your information with immigration?');
    case 'police':
      return msg('If you report a crime, do the police share your information with immigration?');
    case 'labour':
      return msg('Do labour and work-rights offices share your information with immigration?');
    case 'education':
      return msg('Do schools share your information with immigration?');
    case 'housing':
      return msg('Do housing services and shelters share your information with immigration?');
    case 'social':
      return msg('Do social services share your information with immigration?');
  }
}

function missingText(sector: ServiceSector): string {
  switch (sector) {
    case 'health':
      return msg('We do not know whether health services here share information with immigration. We have no information about this yet.');
    case 'police':
      return msg('We do not know whether the police here share reports with immigration. We have no information about this yet.');
    case 'labour':
      return msg('We do not know whether labour offices here share information with immigration. We have no information about this yet.');
    case 'education':
      return msg('We do not know whether schools here share information with immigration. We have no information about this yet.');
    case 'housing':
      return msg('We do not know whether housing services and shelters here share information with immigration. We have no information about this yet.');
    case 'social':
      return msg('We do not know whether social services here share information with immigration. We have no information about this yet.');
  }
}

export function answerText(answer: SharingAnswer): string {
  switch (answer) {
    case 'yes':
      return msg('Yes: this service may share your information with immigration.');
    case 'no':
      return msg('No: this service does not share your information with immigration.');
    case 'unknown':
      return msg('Not known: we do not know if this service shares your information with immigration.');
  }
}

export function basisText(basis: SharingBasis): string {
  switch (basis) {
    case 'statute':
      return msg('Basis: a law.');
    case 'policy':
      return msg('Basis: an official policy.');
    case 'practice':
      return msg('Basis: what happens in practice.');
    case 'unknown':
      return msg('Basis: not known.');
  }
}

export function answerAdvice(answer: SharingAnswer): string {
  switch (answer) {
    case 'yes':
      return msg('Think before you give your name or address. Ask a sex worker-led organisation for a safer way.');
    case 'no':
      return msg('This service should not pass on your details. If something goes wrong, a sex worker-led organisation can help.');
    case 'unknown':
      return msg('Give only the details you need to. Ask a sex worker-led organisation what is safe here.');
  }
}
