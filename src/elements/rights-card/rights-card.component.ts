import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { activities, type Activity, type ActivityStatus, type PendingChangeKind } from '../../data/vocabulary.js';
import type { PublishedRecord } from '../../data/schema.js';
import { legalModelLabel, type LegalModelLabel } from '../../data/legal-model.js';
import type { LoadedRecord } from '../../data/load.js';
import { directionOf } from '../../i18n/reader-locale.js';
import { formatDate } from '../../i18n/format.js';
import { KyrDataElement } from '../shared/data-element.js';
import { renderCitations, renderNotices, renderReviewFooter } from '../shared/record-parts.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { rightsCardStyles } from './rights-card.styles.js';

/**
 * The law of one place in plain words and the reader's key rights, with when it
 * was last reviewed, its sources, and the not-legal-advice line.
 *
 * @tagname kyr-rights-card
 * @summary Know-your-rights card for one jurisdiction.
 *
 * @csspart card - The card's outer box.
 * @csspart wallet - The two sides of the wallet card.
 * @csspart wallet-front - The front: key rights in the reader's language.
 * @csspart wallet-back - The back: the statement to show an officer, in the local language.
 * @csspart title - The card's title.
 * @csspart pending - Bills and court cases that could change the law but are not law.
 * @csspart notice - A notice about the record (baseline, other language, out of date).
 * @csspart badge - A draft or unreviewed-translation badge.
 * @csspart footer - Review date, version, sources and the not-legal-advice line.
 * @csspart sources - The expandable list of sources.
 * @csspart loading - The loading message.
 * @csspart error - The error message, shown with the global baseline below it.
 *
 * @cssprop --kyr-color-text - Text colour.
 * @cssprop --kyr-color-background - Background colour.
 * @cssprop --kyr-color-border - Border colour of the card.
 * @cssprop --kyr-color-link - Link colour.
 * @cssprop --kyr-color-muted - Colour of dates, sources and other small print.
 * @cssprop --kyr-font-family - Font family; the system font by default (no web fonts are loaded).
 * @cssprop --kyr-radius - Corner radius.
 * @cssprop --kyr-space - Inner spacing of the card.
 */
@localized()
export class KyrRightsCard extends KyrDataElement {
  static override styles = [sharedStyles, rightsCardStyles];

  /**
   * `full` shows everything; `compact` shows the law and the titles of the rights;
   * `wallet` is a printable two-sided card: key rights in the reader's language on
   * the front, the officer statement in the local language on the back.
   */
  @property({ reflect: true }) variant: 'full' | 'compact' | 'wallet' = 'full';

  protected override renderRecord(loaded: LoadedRecord): TemplateResult {
    if (this.variant === 'wallet') return this.renderWallet(loaded);
    const { record } = loaded;
    const reader = this.wantedLocale;
    const compact = this.variant === 'compact';
    return html`
      <article class="card" part="card" lang=${record.locale} dir=${directionOf(record.locale)}>
        ${this.heading(msg(str`Your rights in ${record.names}`), 0, 'title')}
        ${renderNotices(loaded, reader)}
        ${record.legalModel ? this.renderLaw(record, compact) : nothing}
        ${this.heading(msg('Key rights'), 1)}
        <ul class="rights">
          ${record.rights.map(
            (right) => html`<li>
              <strong>${right.title}</strong>
              ${compact ? nothing : html`${right.text}${renderCitations(record, right.sources)}`}
            </li>`,
          )}
        </ul>
        ${!compact && record.otherLaws?.length
          ? html`${this.heading(msg('Other laws that can affect you'), 1)}
              <ul>
                ${record.otherLaws.map(
                  (law) => html`<li><strong>${law.title}.</strong> ${law.text}${renderCitations(record, law.sources)}</li>`,
                )}
              </ul>`
          : nothing}
        ${!compact && record.enforcement?.length
          ? html`${this.heading(msg('What happens in practice'), 1)}
              <ul>
                ${record.enforcement.map((item) => html`<li>${item.text}${renderCitations(record, item.sources)}</li>`)}
              </ul>`
          : nothing}
        ${renderReviewFooter(record, reader)}
      </article>
    `;
  }

  /** Credit-card sized sides; the print rules in the styles size them in millimetres. */
  private renderWallet(loaded: LoadedRecord): TemplateResult {
    const { record } = loaded;
    const statement = record.officerStatement;
    const reviewed = formatDate(record.lastReviewed, this.wantedLocale);
    return html`
      ${renderNotices(loaded, this.wantedLocale)}
      <div class="wallet" part="wallet">
        <section class="side" part="wallet-front" lang=${record.locale} dir=${directionOf(record.locale)} aria-label=${msg('Card front: your rights')}>
          <p class="side-title">${msg(str`Your rights in ${record.names}`)}</p>
          <ul>
            ${record.rights.slice(0, WALLET_RIGHTS).map((right) => html`<li>${right.title}</li>`)}
          </ul>
          <p class="side-meta">${msg(str`Reviewed ${reviewed}.`)} ${msg('Information, not legal advice.')}</p>
        </section>
        <section class="side" part="wallet-back" aria-label=${msg('Card back: to show an officer')}>
          <p class="side-title">${msg('To the officer:')}</p>
          ${statement
            ? html`<p class="statement" lang=${statement.locale} dir=${directionOf(statement.locale)}>${statement.text}</p>
                ${statement.locale === record.locale
                  ? nothing
                  : html`<p class="side-meta" lang=${record.locale} dir=${directionOf(record.locale)}>(${statement.meaning})</p>`}`
            : html`<p>${msg('There is no statement for this place yet. You can say: I want a lawyer.')}</p>`}
        </section>
      </div>
      <p class="print-action"><button type="button" @click=${() => window.print()}>${msg('Print this card')}</button></p>
      ${renderReviewFooter(record, this.wantedLocale)}
    `;
  }

  private renderLaw(record: PublishedRecord, compact: boolean): TemplateResult {
    const model = record.legalModel!;
    const label = legalModelLabel(model.activities);
    return html`
      ${this.heading(msg('The law'), 1)}
      <p class="label">${labelText(label)}</p>
      <p>${labelExplanation(label, model.activities.buying)}</p>
      ${compact
        ? nothing
        : html`<p>${model.summary}${renderCitations(record, model.sources)}</p>
            <dl class="activities">
              ${activities.map(
                (activity) => html`<dt>${activityName(activity)}</dt>
                  <dd>${statusText(model.activities[activity])}</dd>`,
              )}
            </dl>
            ${this.renderPending(record)}`}
    `;
  }

  /** Bills and court cases are shown as what they are: not law, and maybe never law. */
  private renderPending(record: PublishedRecord): TemplateResult | typeof nothing {
    const pending = record.pendingChanges ?? [];
    if (!pending.length) return nothing;
    return html`<section class="pending" part="pending">
      ${this.heading(msg('Changes that are not law yet'), 2, 'pending-title')}
      <ul>
        ${pending.map((change) => html`<li><strong>${pendingKindText(change.kind)}</strong>: ${change.text}${renderCitations(record, change.sources)}</li>`)}
      </ul>
    </section>`;
  }
}

/** As many rights as fit a credit card legibly. */
const WALLET_RIGHTS = 4;

function labelText(label: LegalModelLabel): string {
  switch (label) {
    case 'full-criminalisation':
      return msg('Sex work is criminalised');
    case 'partial-criminalisation':
      return msg('Sex work is partly criminalised');
    case 'client-criminalisation':
      return msg('Buying sex is criminalised');
    case 'legalisation':
      return msg('Sex work is legal only under state rules');
    case 'decriminalisation':
      return msg('Sex work is decriminalised');
    case 'varies':
      return msg('The law differs from place to place');
    case 'selling-criminalised':
      return msg('Selling sex is an offence');
    case 'soliciting-criminalised':
      return msg('Looking for clients in public is an offence');
    case 'unknown':
      return msg('The law is not clear');
  }
}

function labelExplanation(label: LegalModelLabel, buying: ActivityStatus): string {
  switch (label) {
    case 'full-criminalisation':
      return msg('Selling sex and buying sex are both offences.');
    case 'partial-criminalisation':
      return msg('Some parts of sex work are offences and some are not.');
    case 'client-criminalisation':
      return msg('Selling sex is not an offence, but buying it is. Police may still watch sex workers to find clients.');
    case 'legalisation':
      return msg('Sex work is allowed only with licences, registration or other rules. Working outside them can be punished.');
    case 'decriminalisation':
      return msg('Sex work is not an offence. It is treated like other work.');
    case 'varies':
      return msg('Different parts of the country have different laws.');
    case 'selling-criminalised':
      return buying === 'legal' || buying === 'regulated'
        ? msg('You can be punished for selling sex. Buying sex is not an offence.')
        : msg('You can be punished for selling sex. Whether buying sex is an offence is not known, or differs from place to place.');
    case 'soliciting-criminalised':
      return msg('You can be punished for looking for clients in public. We do not know whether selling sex itself is an offence.');
    case 'unknown':
      return msg('We do not know enough about the law here to say more.');
  }
}

function pendingKindText(kind: PendingChangeKind): string {
  switch (kind) {
    case 'bill':
      return msg('Bill');
    case 'court-case':
      return msg('Court case');
    case 'consultation':
      return msg('Consultation');
    case 'other':
      return msg('Proposal');
  }
}

function activityName(activity: Activity): string {
  switch (activity) {
    case 'selling':
      return msg('Selling sex');
    case 'buying':
      return msg('Buying sex');
    case 'thirdParties':
      return msg('Managers, landlords and others who help or profit');
    case 'soliciting':
      return msg('Looking for clients in public');
    case 'advertising':
      return msg('Advertising sex work');
    case 'sharingPremises':
      return msg('Working together in one place');
  }
}

function statusText(status: ActivityStatus): string {
  switch (status) {
    case 'criminalised':
      return msg('a crime');
    case 'administrative':
      return msg('an offence, usually a fine');
    case 'regulated':
      return msg('allowed under rules');
    case 'legal':
      return msg('not an offence');
    case 'varies':
      return msg('depends on the place');
    case 'unknown':
      return msg('not known');
  }
}
