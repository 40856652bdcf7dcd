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
import { formatDate, languageName } from '../../i18n/format.js';
import { directionOf } from '../../i18n/locale.js';

/** The notices above a record, each a sentence the reader can act on, in the element's interface language. */
export function renderNotices(loaded: LoadedRecord, interfaceLocale: string, today = new Date()): TemplateResult {
  const { record } = loaded;
  const translation = record.locales.find((l) => l.code === record.locale)?.translation;
  const notices: TemplateResult[] = [];
  if (loaded.isBaseline) {
    notices.push(html`<p class="notice" part="notice">${msg('We do not have information for this place yet. These rights apply everywhere.')}</p>`);
  }
  if (loaded.localeFallback) {
    const language = languageName(record.locale, interfaceLocale);
    notices.push(html`<p class="notice" part="notice">${msg(str`This information is not available in your language yet. It is shown in ${language}.`)}</p>`);
  }
  if (isStale(record, today)) {
    const due = formatDate(record.nextReviewDue, interfaceLocale);
    notices.push(html`<p class="notice" part="notice">${msg(str`This may be out of date: it was due for review on ${due}.`)}</p>`);
  }
  const badges: TemplateResult[] = [];
  if (record.status === 'draft') badges.push(html`<span class="badge" part="badge">${msg('Draft: not yet checked by reviewers')}</span>`);
  if (record.status === 'changed-since-review') {
    badges.push(html`<span class="badge" part="badge">${msg('Changed since it was last reviewed')}</span>`);
  }
  if (translation === 'unreviewed') {
    badges.push(html`<span class="badge" part="badge">${msg('Translation not yet checked')}</span>`);
  }
  // Interface text inside a block of content that may be in another language.
  return html`<div lang=${interfaceLocale} dir=${directionOf(interfaceLocale)}>${notices}${badges.length ? html`<p class="badges">${badges}</p>` : nothing}</div>`;
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

/** The id of a record's source `n` in its list: one element may show two records' lists (a place's and the general one). */
const sourceAnchor = (record: PublishedRecord, n: number) => `source-${record.id}-${n}`;

/**
 * "(Sources: 1, 3)", each number a link to its entry in the list at the end
 * of the element (`label` and `prefix` tell a second record's list apart:
 * "General sources: G1"). followSourceLink makes the links work in a shadow root.
 */
export function renderCitations(record: PublishedRecord, ids: readonly string[], label = msg('Sources'), prefix = ''): TemplateResult {
  const numbers = ids.map((id) => record.sources.findIndex((s) => s.id === id) + 1).filter((n) => n > 0);
  if (!numbers.length) return html``;
  const links = numbers.map((n, i) => html`${i ? ', ' : ''}<a href="#${sourceAnchor(record, n)}" data-source=${sourceAnchor(record, n)}>${prefix}${n}</a>`);
  return html` <span class="cite">(${label}: ${links})</span>`;
}

/** One entry of a sources list: what the reader needs to find it (title, publisher, date, link when https) and a way back. */
export function renderSource(record: PublishedRecord, source: PublishedRecord['sources'][number], n: number, interfaceLocale: string, prefix = ''): TemplateResult {
  return html`<li id=${sourceAnchor(record, n)} tabindex="-1">
    ${prefix ? html`<span class="source-number">${prefix}${n}.</span> ` : nothing}${safeLink(source.url, source.title)}, ${source.publisher}${source.kind
      ? html` (${sourceKindText(source.kind)})`
      : nothing},
    <bdi>${formatDate(source.date, interfaceLocale)}</bdi>
    <a class="back" href="#${sourceAnchor(record, n)}" data-back=${sourceAnchor(record, n)}>${msg('Back to the text')}</a>
  </li>`;
}

/**
 * In a shadow root a "#id" link does not scroll: a citation opens the sources
 * list and moves focus to its entry; the entry's back link returns to the
 * citation followed (else the first that cites it). Returns the citation to remember.
 */
export function followSourceLink(event: Event, root: ShadowRoot, followed?: HTMLElement): HTMLElement | undefined {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!(node.dataset.source || node.dataset.back));
  if (!link) return followed;
  event.preventDefault();
  if (link.dataset.source) {
    const entry = root.getElementById(link.dataset.source);
    const list = entry?.closest('details');
    if (list) list.open = true;
    entry?.focus();
    return link;
  }
  const citation = followed?.isConnected && followed.dataset.source === link.dataset.back ? followed : root.querySelector<HTMLElement>(`[data-source="${link.dataset.back}"]`);
  citation?.focus();
  return followed;
}

/** A link only if it passes the allow-list again here: data may have been tampered with after build. */
export function safeLink(href: string | undefined, text: string | TemplateResult): TemplateResult {
  return href && isAllowedHref(href) ? html`<a href=${href} rel="noopener noreferrer">${text}</a>` : html`${text}`;
}

/** Who signed off which version, and when: "Legal review by X on 3 March 2026, of version 1.2.0." */
function signOff(review: NonNullable<PublishedRecord['review']>, interfaceLocale: string): string {
  const [by, on, version] = [review.by, formatDate(review.on, interfaceLocale), review.version];
  return review.status === 'legal-reviewed'
    ? msg(str`Legal review by ${by} on ${on}, of version ${version}.`)
    : msg(str`Community review by ${by} on ${on}, of version ${version}.`);
}

export function renderReviewFooter(record: PublishedRecord, interfaceLocale: string): TemplateResult {
  const reviewed = formatDate(record.lastReviewed, interfaceLocale);
  const lawAsOf = formatDate(record.lawAsOf, interfaceLocale);
  const version = record.version;
  return html`
    <footer class="review" part="footer" lang=${interfaceLocale} dir=${directionOf(interfaceLocale)}>
      <p class="meta">
        ${msg(str`Last reviewed ${reviewed}.`)} ${msg(str`Law as of ${lawAsOf}.`)}
        ${msg(str`Version ${version}.`)}
        ${record.reviewedBy.length ? msg(str`Reviewed by ${record.reviewedBy.join(', ')}.`) : nothing}
        ${record.review ? signOff(record.review, interfaceLocale) : nothing}
      </p>
      ${record.feedback
        ? html`<p class="meta" part="feedback">${safeLink(record.feedback, msg('Something wrong or out of date? Tell the people who keep this information.'))}</p>`
        : nothing}
      <details part="sources">
        <summary>${msg('Sources')} (${record.sources.length})</summary>
        <ol class="meta source-list">
          ${record.sources.map((source, i) => renderSource(record, source, i + 1, interfaceLocale))}
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
