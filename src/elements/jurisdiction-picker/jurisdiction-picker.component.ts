import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { BASELINE_ID } from '../../data/vocabulary.js';
import type { CatalogEntry, Places } from '../../data/schema.js';
import { loadCatalogEntry, loadPlaces, resolveDataBase, type DataError } from '../../data/load.js';
import { closestLocale, directionOf } from '../../i18n/locale.js';
import { sorter } from '../../i18n/format.js';
import { KyrElement } from '../shared/kyr-element.js';
import { LoadingController } from '../shared/loading-controller.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { unavailableMessage } from '../shared/record-parts.js';
import { jurisdictionPickerStyles } from './jurisdiction-picker.styles.js';

/**
 * The most places the list draws at once. A longer list is slow to draw on a
 * cheap phone and too long to scroll through or hear; typing narrows it.
 */
const MAX_LISTED = 100;

/** What `kyr-jurisdiction-change` carries: the place chosen, and the picker's `group`. */
export interface JurisdictionChangeDetail {
  /** The id of the place chosen, like `ke` or `us-la`. */
  jurisdiction: string;
  /** The picker's `group` attribute (`''` when it has none), so elements of that group can follow. */
  group: string;
}

export type JurisdictionChangeEvent = CustomEvent<JurisdictionChangeDetail>;

type PlaceNames = Pick<CatalogEntry, 'id' | 'names' | 'sourceLocale'>;

/** One place as the reader sees it. */
interface Place {
  id: string;
  /** The name in the reader's language, else in the record's source language. */
  name: string;
  /** The language `name` is written in, for `lang` (a screen reader then pronounces it right). */
  nameLocale: string;
  /** Folded texts a query is matched against: the shown name, the source-language name. */
  searchable: string[];
}

/**
 * Chooses the place whose information is shown, from the published catalog.
 * A text field filters the places by name (in the reader's language) or by
 * code; the list follows the WAI-ARIA combobox pattern, so it is complete by
 * keyboard: Down and Up move through the list, Home and End jump to its ends,
 * Enter chooses, Escape closes the list (and, pressed again, puts back the
 * current place). Nothing is guessed from the reader's location or network,
 * and nothing is remembered. Its `jurisdiction` is the current choice:
 * setting it never fires an event.
 *
 * @tagname kyr-jurisdiction-picker
 * @summary Searchable, keyboard-complete chooser of a jurisdiction from the catalog.
 *
 * @slot - This element has no slots.
 *
 * @fires kyr-jurisdiction-change - When the reader chooses a different place (never on first render or when set by
 * attribute). `detail: { jurisdiction, group }`. Bubbles and crosses shadow roots.
 *
 * @csspart picker - The picker's outer box.
 * @csspart label - The field's visible label.
 * @csspart hint - How to use the field, under the label (the field's description for screen readers too).
 * @csspart input - The text field (the combobox).
 * @csspart toggle - The button that opens and closes the list.
 * @csspart listbox - The list of places.
 * @csspart option - One place in the list.
 * @csspart status - "N places match" / "No place matches" under the field.
 * @csspart loading - The loading message.
 * @csspart error - The error message with its "Try again" button.
 *
 * @cssprop --kyr-color-text - Text colour.
 * @cssprop --kyr-color-background - Background colour.
 * @cssprop --kyr-color-border - Border colour of the field and the list.
 * @cssprop --kyr-color-active - Background of the place the keyboard is on.
 * @cssprop --kyr-color-active-text - Text colour of the place the keyboard is on.
 * @cssprop --kyr-color-muted - Colour of the hint and the count.
 * @cssprop --kyr-color-focus - Focus outline colour.
 * @cssprop --kyr-font-family - Font family; the system font by default.
 * @cssprop --kyr-radius - Corner radius.
 * @cssprop --kyr-loading-block-size - Room kept while loading, so the page below does not jump; 5.75rem by default.
 */
export class KyrJurisdictionPicker extends KyrElement {
  static override styles = [sharedStyles, jurisdictionPickerStyles];

  /** Every place's names (`places.json`), for the list. */
  private readonly names = new LoadingController<Places>(this, 'list of places', { state: 'loading' });
  /** The names the places were last drawn from. */
  private placesFrom?: Places;
  /**
   * The current place's own entry, read beside the list: its name shows as soon
   * as it arrives, however long the list of every place takes.
   */
  private readonly currentEntry = new LoadingController<CatalogEntry>(this, 'current place');

  /** The places to choose from, in the order the list of places gives them. */
  @state() private places: Place[] = [];

  /**
   * The same, sorted by name in the reader's language: worked out when the list
   * first opens, because a collator's first use costs a slow phone more than
   * the rest of the picker's first render.
   */
  private sortedPlaces?: Place[];

  /** What the text field shows. */
  @state() private text = '';

  /** The reader has typed since the last choice, so the list is filtered by `text`. */
  @state() private editing = false;

  @state() private open = false;

  /** Index in the shown list of the place the keyboard is on; -1 for none. */
  @state() private activeIndex = -1;

  @query('input') private input?: HTMLInputElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dataSrc')) void this.loadPlaces();
    else if (changed.has('jurisdiction')) this.loadCurrentEntry();
    if (this.names.value !== this.placesFrom || changed.has('locale')) {
      this.placesFrom = this.names.value;
      this.places = this.placesFromNames();
      this.sortedPlaces = undefined;
      // Opened while the list was on its way: it now opens on the current place.
      if (this.open && this.activeIndex < 0 && !this.editing) this.openList();
    }
    const named = this.currentEntry.value;
    if ((changed.has('jurisdiction') || changed.has('places' as keyof KyrJurisdictionPicker) || named !== this.textFromEntry) && !this.editing) {
      this.textFromEntry = named;
      this.text = this.currentPlace()?.name ?? '';
    }
  }

  /** The entry whose name the field was last given. */
  private textFromEntry?: CatalogEntry;

  protected override updated(changed: PropertyValues<this>): void {
    if (this.open && changed.has('activeIndex' as keyof KyrJurisdictionPicker) && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#${optionId(this.listedPlaces(this.shownPlaces())[this.activeIndex]!)}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Load the list of places again, for example after the data host recovers. */
  loadPlaces(): Promise<void> {
    this.loadCurrentEntry();
    return this.names.load(() => loadPlaces(resolveDataBase(this.dataSrc)));
  }

  /** The current place's name, while the list is still on its way. */
  private loadCurrentEntry(): void {
    if (!this.jurisdiction || this.names.value) this.currentEntry.reset();
    else void this.currentEntry.load(() => loadCatalogEntry(resolveDataBase(this.dataSrc), this.jurisdiction));
  }

  /** "Try again": load, then put focus where the reader can go on (the button they pressed is gone). */
  private async retry(): Promise<void> {
    await this.loadPlaces();
    await this.updateComplete;
    (this.input ?? this.renderRoot.querySelector<HTMLElement>('[part="error"] button'))?.focus();
  }

  private placesFromNames(): Place[] {
    const names = this.names.value;
    if (!names) return [];
    const reader = this.wantedLocale;
    return names.places.filter((entry) => entry.id !== BASELINE_ID).map((entry) => asPlace(entry, reader));
  }

  private get orderedPlaces(): Place[] {
    if (!this.sortedPlaces) {
      const compare = sorter(this.wantedLocale);
      this.sortedPlaces = [...this.places].sort((a, b) => compare(a.name, b.name));
    }
    return this.sortedPlaces;
  }

  private currentPlace(): Place | undefined {
    const entry = this.currentEntry.value;
    return this.places.find((place) => place.id === this.jurisdiction) ?? (entry?.id === this.jurisdiction ? asPlace(entry, this.wantedLocale) : undefined);
  }

  /** The places the list shows: all of them, or those matching what the reader typed. */
  private shownPlaces(): Place[] {
    const wanted = fold(this.text.trim());
    if (!this.editing || !wanted) return this.orderedPlaces;
    return this.orderedPlaces.filter((place) => place.id.startsWith(wanted) || place.searchable.some((text) => text.includes(wanted)));
  }

  /** What the list draws of `shown`: all of it when it fits, else a window around the current place (or the top). */
  private listedPlaces(shown: Place[]): Place[] {
    if (shown.length <= MAX_LISTED) return shown;
    const current = shown.findIndex((place) => place.id === this.jurisdiction);
    const start = Math.max(0, Math.min(current - MAX_LISTED / 2, shown.length - MAX_LISTED));
    return shown.slice(start, start + MAX_LISTED);
  }

  protected override render(): TemplateResult {
    const view = this.names.current;
    // While the list is on its way, the field shows as soon as it can name the current place.
    const listPending = view.state === 'loading' || view.state === 'idle';
    if (listPending && !(this.jurisdiction && this.currentEntry.value)) {
      return html`<p class="muted" role="status" part="loading">${msg('Loading the list of places…')}</p>`;
    }
    if (view.state === 'error') {
      return html`<div class="notice error" role="alert" part="error">
        <p>${catalogErrorMessage(view.error)}</p>
        <button type="button" @click=${this.retry}>${msg('Try again')}</button>
      </div>`;
    }
    if (!listPending && !this.places.length) {
      return html`<p class="muted" part="status">${msg('No places are available yet.')}</p>`;
    }
    // Nothing is listed while the list is closed, so nothing is sorted either.
    const shown = this.open ? this.shownPlaces() : [];
    const listed = this.listedPlaces(shown);
    const expanded = this.open && shown.length > 0;
    const active = expanded && this.activeIndex >= 0 ? listed[this.activeIndex] : undefined;
    return html`
      <div class="picker" part="picker" @focusout=${this.onFocusOut}>
        <label id="label" for="input" part="label">${msg('Country or region')}</label>
        <p id="hint" class="hint" part="hint">${msg('Type a name or choose from the list.')}</p>
        <div class="field">
          <input
            id="input"
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-describedby="hint"
            aria-controls="listbox"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-activedescendant=${active ? optionId(active) : nothing}
            .value=${live(this.text)}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @click=${this.onInputClick}
          />
          <button
            type="button"
            class="toggle"
            part="toggle"
            tabindex="-1"
            aria-label=${msg('Show the list of places')}
            aria-controls="listbox"
            aria-expanded=${expanded ? 'true' : 'false'}
            @mousedown=${keepFocus}
            @click=${this.onToggle}
          >
            ${chevron}
          </button>
        </div>
        <ul id="listbox" role="listbox" part="listbox" aria-labelledby="label" aria-busy=${listPending ? 'true' : nothing} ?hidden=${!expanded} @mousedown=${keepFocus}>
          ${expanded
            ? listed.map(
                (place, index) => html`<li
                  id=${optionId(place)}
                  role="option"
                  part="option"
                  class=${index === this.activeIndex ? 'active' : ''}
                  aria-selected=${index === this.activeIndex ? 'true' : 'false'}
                  lang=${place.nameLocale}
                  dir=${directionOf(place.nameLocale)}
                  @click=${() => this.choose(place)}
                >
                  <span class="name">${place.name}</span>
                  ${place.id === this.jurisdiction
                    ? html`<span class="current"><span aria-hidden="true">✓</span><span class="visually-hidden">${msg('(current choice)')}</span></span>`
                    : nothing}
                </li>`,
              )
            : nothing}
        </ul>
        ${expanded && listed.length < shown.length
          ? html`<p class="hint">${msg(str`Showing ${listed.length} of ${shown.length} places. Type a name to find the others.`)}</p>`
          : nothing}
        <p class=${(this.editing && !shown.length) || (listPending && this.open) ? 'status' : 'status visually-hidden'} role="status" part="status">
          ${listPending && (this.open || this.editing) ? msg('Loading the list of places…') : this.editing ? matchMessage(shown.length, this.text.trim()) : ''}
        </p>
      </div>
    `;
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.editing = true;
    this.open = this.text.trim().length > 0;
    this.activeIndex = -1;
  }

  private onInputClick(): void {
    if (!this.open) this.openList();
  }

  private onToggle(): void {
    if (this.open) this.closeList();
    else this.openList();
    this.input?.focus();
  }

  /** Open on the current place when it is in the list, so the reader starts from where they are. */
  private openList(fromEnd = false): void {
    const shown = this.listedPlaces(this.shownPlaces());
    const current = shown.findIndex((place) => place.id === this.jurisdiction);
    this.open = true;
    this.activeIndex = current >= 0 ? current : shown.length ? (fromEnd ? shown.length - 1 : 0) : -1;
  }

  private closeList(): void {
    this.open = false;
    this.activeIndex = -1;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const matches = this.shownPlaces();
    const shown = this.listedPlaces(matches);
    const last = shown.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) this.openList();
        else if (!event.altKey && shown.length) this.activeIndex = Math.min(last, this.activeIndex + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) this.openList(true);
        else if (shown.length) this.activeIndex = this.activeIndex < 0 ? last : Math.max(0, this.activeIndex - 1);
        break;
      case 'Home':
      case 'End':
        // With a place active, Home and End move in the list; otherwise they move in the text.
        if (this.open && this.activeIndex >= 0 && shown.length) {
          event.preventDefault();
          this.activeIndex = event.key === 'Home' ? 0 : last;
        }
        break;
      case 'Enter': {
        const place = this.open && this.activeIndex >= 0 ? shown[this.activeIndex] : this.editing && matches.length === 1 ? matches[0] : undefined;
        if (place) {
          event.preventDefault();
          this.choose(place);
        }
        break;
      }
      case 'Escape':
        // Not stopped: a quick exit listening for Escape on the page must still hear it.
        if (this.open) {
          event.preventDefault();
          this.closeList();
        } else if (this.editing) {
          event.preventDefault();
          this.restoreText();
        }
        break;
      case 'Tab':
        this.closeList();
        break;
    }
  }

  /** Leaving the picker without choosing puts back the current place's name. */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.renderRoot.contains(next)) return;
    this.closeList();
    if (this.editing) this.restoreText();
  }

  private restoreText(): void {
    this.editing = false;
    this.text = this.currentPlace()?.name ?? '';
  }

  private choose(place: Place): void {
    this.closeList();
    this.editing = false;
    this.text = place.name;
    this.input?.focus();
    if (place.id === this.jurisdiction) return;
    this.jurisdiction = place.id;
    this.dispatchEvent(
      new CustomEvent<JurisdictionChangeDetail>('kyr-jurisdiction-change', {
        detail: { jurisdiction: place.id, group: this.group },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

const chevron = svg`<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2"/></svg>`;

/** A press on the list or the toggle must not take focus from the field. */
function keepFocus(event: Event): void {
  event.preventDefault();
}

/** Ids come from the catalog's checked pattern (`[a-z0-9-]`), so they are safe in an id. */
function optionId(place: Place): string {
  return `option-${place.id}`;
}

/** The name in the reader's language, its base language, or the record's source language. */
function placeName(entry: PlaceNames, reader: string): [name: string, locale: string] {
  const codes = Object.keys(entry.names);
  const code = closestLocale(codes, reader) ?? (entry.names[entry.sourceLocale] !== undefined ? entry.sourceLocale : codes[0]);
  return code !== undefined ? [entry.names[code]!, code] : [entry.id, 'en'];
}

/** A place as the list shows it, from its entry in `places.json` or its own entry. */
function asPlace(entry: PlaceNames, reader: string): Place {
  const [name, nameLocale] = placeName(entry, reader);
  const sourceName = entry.names[entry.sourceLocale] ?? name;
  return { id: entry.id, name, nameLocale, searchable: [fold(name), fold(sourceName)] };
}

/** Case and accents do not matter when searching: "peru" finds "Perú". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchMessage(count: number, typed: string): string {
  if (count === 0) return msg(str`No place matches "${typed}". Try another spelling or the country code.`);
  if (count === 1) return msg('1 place matches.');
  return msg(str`${count} places match.`);
}

function catalogErrorMessage(error: DataError): string {
  if (error.reason === 'invalid' || error.reason === 'integrity') return msg('The list of places did not pass a safety check, so it is not shown.');
  return error.reason === 'unavailable' ? unavailableMessage() : msg('We could not load the list of places. Check your connection and try again.');
}
