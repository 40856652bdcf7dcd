import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { BASELINE_ID, contactKinds } from '../../data/vocabulary.js';
import type { Contact, PublishedRecord } from '../../data/schema.js';
import { loadRecord, type LoadedRecord } from '../../data/load.js';
import { formatDate } from '../../i18n/format.js';
import { directionOf } from '../../i18n/reader-locale.js';
import { KyrDataElement } from '../shared/data-element.js';
import { languageName, renderCitations, renderNotices, renderReviewFooter, safeLink } from '../shared/record-parts.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { helpDirectoryStyles } from './help-directory.styles.js';

type ContactKind = Contact['kinds'][number];
type Channel = Contact['channels'][number];

/** "All kinds" / "All languages": no filter. */
const ALL = '';

/** The international contacts shown when a place has none of its own. */
type International =
  | { state: 'none' }
  | { state: 'loading'; forRecord: PublishedRecord }
  | { state: 'ready'; forRecord: PublishedRecord; loaded: LoadedRecord };

/**
 * Where a reader can get help: sex worker-led organisations, legal aid, health
 * services and hotlines, each with tap-to-call, text, e-mail and web links,
 * languages, hours, the area covered and when the details were last checked.
 * Filterable by kind and language, instantly and without leaving the page.
 *
 * When a place has no contacts, it says so and shows the international
 * contacts from the global baseline, labelled as such.
 *
 * @tagname kyr-help-directory
 * @summary Help directory: contacts for one jurisdiction, filterable by kind and language.
 *
 * @slot - This element has no slots; all its content comes from the data.
 *
 * @csspart directory - The directory's outer box.
 * @csspart title - The directory's title.
 * @csspart filters - The box with the kind and language filters.
 * @csspart count - The "N contacts shown" line (a polite live region).
 * @csspart list - The list of contacts.
 * @csspart contact - One contact.
 * @csspart channels - The list of a contact's links (call, text, e-mail, web).
 * @csspart channel - One contact link.
 * @csspart international - The international contacts shown when a place has none.
 * @csspart notice - A notice about the record (baseline, other language, out of date).
 * @csspart badge - A draft or unreviewed-translation badge.
 * @csspart footer - Review date, version, sources and the not-legal-advice line.
 * @csspart sources - The expandable list of sources.
 * @csspart loading - The loading message.
 * @csspart error - The error message, shown with the global baseline below it.
 *
 * @cssprop --kyr-color-text - Text colour.
 * @cssprop --kyr-color-background - Background colour.
 * @cssprop --kyr-color-border - Border colour of the directory and of each contact.
 * @cssprop --kyr-color-link - Link colour.
 * @cssprop --kyr-color-muted - Colour of dates, sources and other small print.
 * @cssprop --kyr-color-focus - Focus outline colour.
 * @cssprop --kyr-font-family - Font family; the system font by default (no web fonts are loaded).
 * @cssprop --kyr-radius - Corner radius.
 * @cssprop --kyr-space - Inner spacing of the directory.
 */
@localized()
export class KyrHelpDirectory extends KyrDataElement {
  static override styles = [sharedStyles, helpDirectoryStyles];

  /** The chosen kind filter (`''` for all). In memory only. */
  @state() private kindFilter: ContactKind | typeof ALL = ALL;

  /** The chosen language filter (`''` for all). In memory only. */
  @state() private languageFilter: string = ALL;

  @state() private international: International = { state: 'none' };

  private internationalTicket = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view' as keyof KyrHelpDirectory)) {
      // A new record: its kinds and languages differ, so the filters start again.
      this.kindFilter = ALL;
      this.languageFilter = ALL;
      this.loadInternationalIfNeeded();
    }
  }

  /** A place without contacts gets the baseline's, loaded once per record. */
  private loadInternationalIfNeeded(): void {
    const view = this.view;
    const record = view.state === 'ready' ? view.loaded.record : undefined;
    if (!record || contactsToShow(record).length || record.id === BASELINE_ID) {
      this.internationalTicket++;
      this.international = { state: 'none' };
      return;
    }
    if (this.international.state !== 'none' && this.international.forRecord === record) return;
    const ticket = ++this.internationalTicket;
    this.international = { state: 'loading', forRecord: record };
    loadRecord({ jurisdiction: BASELINE_ID, locale: this.wantedLocale, dataSrc: this.dataSrc })
      .then((loaded) => {
        if (ticket === this.internationalTicket) this.international = { state: 'ready', forRecord: record, loaded };
      })
      .catch((error: unknown) => {
        console.warn(`kyr: international contacts: ${String(error)}`);
        if (ticket === this.internationalTicket) this.international = { state: 'none' };
      });
  }

  protected override renderRecord(loaded: LoadedRecord): TemplateResult {
    const { record } = loaded;
    const reader = this.wantedLocale;
    const contacts = contactsToShow(record);
    const title = record.id === BASELINE_ID ? msg('International contacts') : msg(str`Where to get help in ${record.names}`);
    return html`
      <section class="directory" part="directory" lang=${record.locale} dir=${directionOf(record.locale)}>
        ${this.heading(title, 0, 'title')}
        ${renderNotices(loaded, reader)}
        ${contacts.length
          ? this.renderContacts(record, contacts, 1)
          : html`<p class="empty">${msg('We do not have contacts for this place yet.')}</p>
              ${this.renderInternational(record)}`}
        ${renderReviewFooter(record, reader)}
      </section>
    `;
  }

  private renderInternational(record: PublishedRecord): TemplateResult | typeof nothing {
    const international = this.international;
    if (record.id === BASELINE_ID || international.state === 'none' || international.forRecord !== record) return nothing;
    if (international.state === 'loading') {
      return html`<p class="muted" role="status">${msg('Loading international contacts…')}</p>`;
    }
    const globalRecord = international.loaded.record;
    const contacts = contactsToShow(globalRecord);
    if (!contacts.length) return nothing;
    return html`
      <section class="international" part="international" lang=${globalRecord.locale} dir=${directionOf(globalRecord.locale)}>
        ${this.heading(msg('International contacts'), 1)}
        <p>${msg('These organisations work across countries. They may know a group near you.')}</p>
        ${this.renderContacts(globalRecord, contacts, 2)}
        ${renderReviewFooter(globalRecord, this.wantedLocale)}
      </section>
    `;
  }

  /** The filters, the live count and the list. Cheap enough to run on every keystroke for 500 contacts. */
  private renderContacts(record: PublishedRecord, contacts: readonly Contact[], headingOffset: number): TemplateResult {
    const reader = this.wantedLocale;
    const names = memo((code: string) => languageName(code, reader));
    const dates = memo((date: string) => formatDate(date, reader));
    const languageList = listFormatter(reader);

    const kindsPresent = new Set<ContactKind>();
    const languagesPresent = new Set<string>();
    for (const contact of contacts) {
      for (const kind of contact.kinds) kindsPresent.add(kind);
      for (const language of contact.languages) languagesPresent.add(language);
    }
    const kinds = contactKinds.filter((kind) => kindsPresent.has(kind));
    const collator = new Intl.Collator(safeLocales(reader));
    const languages = [...languagesPresent].sort((a, b) => collator.compare(names(a), names(b)));

    const shown = contacts.filter(
      (contact) =>
        (this.kindFilter === ALL || contact.kinds.includes(this.kindFilter)) &&
        (this.languageFilter === ALL || contact.languages.includes(this.languageFilter)),
    );
    const count = shown.length;
    // One contact needs no filter; a filter with a single choice is noise.
    const showFilters = contacts.length > 1 && (kinds.length > 1 || languages.length > 1);
    const countText = count === 1 ? msg('1 contact shown') : msg(str`${count.toLocaleString(safeLocales(reader))} contacts shown`);

    return html`
      ${showFilters ? this.renderFilters(kinds, languages, names) : nothing}
      <p class="count" part="count" role="status" aria-live="polite">${countText}</p>
      ${count
        ? html`<ul class="contacts" part="list">
            ${shown.map((contact) => this.renderContact(record, contact, headingOffset, names, dates, languageList))}
          </ul>`
        : html`<p>${msg('No contacts match. Choose another kind of help or language.')}</p>`}
    `;
  }

  private renderFilters(kinds: readonly ContactKind[], languages: readonly string[], names: (code: string) => string): TemplateResult {
    // `.selected` (the property) rather than the attribute: once a reader has used
    // a select, the browser ignores changes to the `selected` attribute.
    return html`<div class="filters" part="filters">
      ${kinds.length > 1
        ? html`<label class="filter">
            <span class="filter-label">${msg('Kind of help')}</span>
            <select @change=${this.onKindChange}>
              <option value="" .selected=${this.kindFilter === ALL}>${msg('All kinds')}</option>
              ${kinds.map((kind) => html`<option value=${kind} .selected=${this.kindFilter === kind}>${kindName(kind)}</option>`)}
            </select>
          </label>`
        : nothing}
      ${languages.length > 1
        ? html`<label class="filter">
            <span class="filter-label">${msg('Language')}</span>
            <select @change=${this.onLanguageChange}>
              <option value="" .selected=${this.languageFilter === ALL}>${msg('All languages')}</option>
              ${languages.map((code) => html`<option value=${code} .selected=${this.languageFilter === code}>${names(code)}</option>`)}
            </select>
          </label>`
        : nothing}
    </div>`;
  }

  private renderContact(
    record: PublishedRecord,
    contact: Contact,
    headingOffset: number,
    names: (code: string) => string,
    dates: (date: string) => string,
    languageList: (items: string[]) => string,
  ): TemplateResult {
    return html`<li class="contact" part="contact">
      ${this.heading(contact.name, headingOffset, 'contact-name')}
      <p class="kinds">${contact.kinds.map(kindName).join(' · ')}</p>
      ${contact.description ? html`<p>${contact.description}</p>` : nothing}
      ${contact.channels.length
        ? html`<ul class="channels" part="channels">
            ${contact.channels.map((channel) => html`<li class="channel" part="channel">${renderChannel(channel)}</li>`)}
          </ul>`
        : html`<p class="no-channels">${msg('No contact details yet: ask a local sex worker-led organisation.')}</p>`}
      <dl class="details">
        ${contact.languages.length
          ? html`<div>
              <dt>${msg('Languages')}</dt>
              <dd>${languageList(contact.languages.map(names))}</dd>
            </div>`
          : nothing}
        ${contact.hours
          ? html`<div>
              <dt>${msg('Hours')}</dt>
              <dd>${contact.hours}</dd>
            </div>`
          : nothing}
        ${contact.coverage
          ? html`<div>
              <dt>${msg('Area')}</dt>
              <dd>${contact.coverage}</dd>
            </div>`
          : nothing}
      </dl>
      ${contact.status === 'paused' ? html`<p class="paused">${msg('This service says it is paused for now.')}</p>` : nothing}
      <p class="meta">${checkedText(record, contact, dates)}${renderCitations(record, contact.sources)}</p>
    </li>`;
  }

  private onKindChange(event: Event): void {
    this.kindFilter = (event.target as HTMLSelectElement).value as ContactKind | typeof ALL;
  }

  private onLanguageChange(event: Event): void {
    this.languageFilter = (event.target as HTMLSelectElement).value;
  }
}

/** A closed service is not help: it stays in the record for its history, never on screen. */
function contactsToShow(record: PublishedRecord): Contact[] {
  return (record.contacts ?? []).filter((contact) => contact.status !== 'closed');
}

/**
 * "Checked on" only when a person reached the contact that day; otherwise the
 * date of the newest source it comes from, said as not checked, never as a check.
 */
function checkedText(record: PublishedRecord, contact: Contact, dates: (date: string) => string): string {
  if (contact.verifiedOn) return msg(str`Checked on ${dates(contact.verifiedOn)}.`);
  const sourceDates = record.sources.filter((source) => contact.sources.includes(source.id)).map((source) => source.date);
  const newest = sourceDates.sort().at(-1);
  return newest ? msg(str`From a source dated ${dates(newest)}; not checked since.`) : msg('Not checked.');
}

/**
 * A channel as a link whose text says the action ("Call +254 …"), so its
 * accessible name does too. Only `safeLink()` makes the link: a tampered href
 * is shown as text, never as a link.
 */
function renderChannel(channel: Channel): TemplateResult {
  return safeLink(channel.href, channelText(channel));
}

function channelText(channel: Channel): TemplateResult {
  switch (channel.kind) {
    case 'phone': {
      const number = html`<bdi dir="ltr">${channel.label ?? readableAddress(channel.href, 'tel:')}</bdi>`;
      return msg(html`Call ${number}`);
    }
    case 'sms': {
      const number = html`<bdi dir="ltr">${channel.label ?? readableAddress(channel.href, 'sms:')}</bdi>`;
      return msg(html`Send a text message to ${number}`);
    }
    case 'email': {
      const address = channel.label ? html`<bdi>${channel.label}</bdi>` : html`<bdi dir="ltr">${readableAddress(channel.href, 'mailto:')}</bdi>`;
      return msg(html`E-mail ${address}`);
    }
    case 'web': {
      const site = channel.label ? html`<bdi>${channel.label}</bdi>` : html`<bdi dir="ltr">${readableWebAddress(channel.href)}</bdi>`;
      return msg(html`Open website ${site}`);
    }
    case 'messaging': {
      const app = channel.label ? html`<bdi>${channel.label}</bdi>` : html`<bdi dir="ltr">${readableWebAddress(channel.href)}</bdi>`;
      return msg(html`Send a message on ${app}`);
    }
  }
}

/** `tel:+254202608944` → `+254202608944`; `mailto:a@b.org?subject=x` → `a@b.org`. Text only. */
function readableAddress(href: string, scheme: string): string {
  const rest = href.toLowerCase().startsWith(scheme) ? href.slice(scheme.length) : href;
  const address = rest.split('?')[0] ?? rest;
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

/** `https://www.example.org/help/` → `www.example.org/help`. Text only. */
function readableWebAddress(href: string): string {
  try {
    const url = new URL(href);
    if (url.protocol === 'tel:' || url.protocol === 'sms:' || url.protocol === 'mailto:') return readableAddress(href, url.protocol);
    const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
    return `${url.host}${path}`;
  } catch {
    return href;
  }
}

function kindName(kind: ContactKind): string {
  switch (kind) {
    case 'sex-worker-led':
      return msg('Sex worker-led organisation');
    case 'legal-aid':
      return msg('Legal help');
    case 'health':
      return msg('Health');
    case 'hotline':
      return msg('Hotline');
    case 'migrant-support':
      return msg('Support for migrants');
  }
}

/** A function computed once per argument during one render: 500 contacts share a few dates and languages. */
function memo(compute: (key: string) => string): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = compute(key);
      seen.set(key, value);
    }
    return value;
  };
}

/** "English, Swahili" written the reader's way ("الإنجليزية، السواحلية"); one formatter per render. */
function listFormatter(locale: string): (items: string[]) => string {
  try {
    const format = new Intl.ListFormat(safeLocales(locale), { style: 'short', type: 'unit' });
    return (items) => format.format(items);
  } catch {
    return (items) => items.join(', ');
  }
}

/** An unknown or malformed locale must not break Intl: fall back to the browser's default. */
function safeLocales(locale: string): string[] {
  try {
    return Intl.getCanonicalLocales(locale);
  } catch {
    return [];
  }
}
