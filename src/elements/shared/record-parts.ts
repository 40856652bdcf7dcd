/**
 * The parts every record view shows (safety rule 7): its standing (draft,
 * unreviewed translation, stale, baseline, other language), when it was last
 * reviewed and from which sources, and that it is information, not legal advice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PublishedRecord, SourceKind } from '../../data/schema.js';
import { isStale, type LoadedRecord } from '../../data/load.js';
import { isAllowedHref } from '../../data/links.js';
import { formatDate } from '../../i18n/format.js';
import { currentInterfaceLocale } from '../../i18n/localization.js';

export function languageName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The notices above a record, each a sentence the reader can act on. */
export function renderNotices(loaded: LoadedRecord, readerLocale: string, today = new Date()): TemplateResult {
  const { record } = loaded;
  const translation = record.locales.find((l) => l.code === record.locale)?.translation;
  const notices: TemplateResult[] = [];
  if (loaded.isBaseline) {
    notices.push(html`<p class="notice" part="notice">${msg('We do not have information for this place yet. These rights apply everywhere.')}</p>`);
  }
  if (loaded.localeFallback) {
    const language = languageName(record.locale, readerLocale);
    notices.push(html`<p class="notice" part="notice">${msg(str`This information is not available in your language yet. It is shown in ${language}.`)}</p>`);
  }
  if (isStale(record, today)) {
    const due = formatDate(record.nextReviewDue, readerLocale);
    notices.push(html`<p class="notice" part="notice">${msg(str`This may be out of date: it was due for review on ${due}.`)}</p>`);
  }
  const badges: TemplateResult[] = [];
  if (record.status === 'draft') badges.push(html`<span class="badge" part="badge">${msg('Draft: not yet checked by reviewers')}</span>`);
  if (translation === 'unreviewed') {
    badges.push(html`<span class="badge" part="badge">${msg('Translation not yet checked')}</span>`);
  }
  // Interface text inside a block of content that may be in another language.
  return html`<div lang=${currentInterfaceLocale()}>${notices}${badges.length ? html`<p class="badges">${badges}</p>` : nothing}</div>`;
}

/** What a source is, so a reader can tell the law's own text from a report about it. */
export function sourceKindText(kind: SourceKind): string {
  switch (kind) {
    case 'law':
      return msg('the law itself');
    case 'court':
      return msg('court decision');
    case 'government':
      return msg('government');
    case 'un':
      return msg('United Nations');
    case 'ngo':
      return msg('organisation report');
    case 'news':
      return msg('news report');
    case 'blog':
      return msg('blog');
    case 'other':
      return msg('other source');
  }
}

/** "Source 1, 3": numbers that match the list in the footer. */
export function renderCitations(record: PublishedRecord, ids: readonly string[]): TemplateResult {
  const numbers = ids.map((id) => record.sources.findIndex((s) => s.id === id) + 1).filter((n) => n > 0);
  if (!numbers.length) return html``;
  return html` <span class="cite">(${msg('Sources')}: ${numbers.join(', ')})</span>`;
}

/** A link only if it passes the allow-list again here: data may have been tampered with after build. */
export function safeLink(href: string | undefined, text: string | TemplateResult): TemplateResult {
  return href && isAllowedHref(href) ? html`<a href=${href} rel="noopener noreferrer">${text}</a>` : html`${text}`;
}

export function renderReviewFooter(record: PublishedRecord, readerLocale: string): TemplateResult {
  const reviewed = formatDate(record.lastReviewed, readerLocale);
  const lawAsOf = formatDate(record.lawAsOf, readerLocale);
  const version = record.version;
  return html`
    <footer class="review" part="footer" lang=${currentInterfaceLocale()}>
      <p class="meta">
        ${msg(str`Last reviewed ${reviewed}.`)} ${msg(str`Law as of ${lawAsOf}.`)}
        ${msg(str`Version ${version}.`)}
        ${record.reviewedBy.length ? msg(str`Reviewed by ${record.reviewedBy.join(', ')}.`) : nothing}
      </p>
      <details part="sources">
        <summary>${msg('Sources')} (${record.sources.length})</summary>
        <ol class="meta">
          ${record.sources.map(
            (source) => html`<li>
              ${safeLink(source.url, source.title)}, ${source.publisher}${source.kind ? html` (${sourceKindText(source.kind)})` : nothing},
              <bdi>${formatDate(source.date, readerLocale)}</bdi>${source.note ? html`. ${source.note}` : nothing}
            </li>`,
          )}
        </ol>
      </details>
      <p class="meta disclaimer"><strong>${msg('This is information, not legal advice.')}</strong></p>
    </footer>
  `;
}

/**
 * What the reader sees when a file the site should serve is missing (the catalog,
 * the data check, a part): neutral, because their connection is not the problem.
 * The console names the file and its status.
 */
export function unavailableMessage(): string {
  return msg('This information is not available right now. Please try again later.');
}
