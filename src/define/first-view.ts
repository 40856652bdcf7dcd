/**
 * Every fetch a page's first view needs, started as soon as the script runs:
 * the data check, each element's place's catalog entry and record (and the
 * arrest guide's general advice), the picker's list of places, and each
 * element's interface language, all at once, before any element is upgraded
 * or drawn; and, while they download, the date formatter the records will
 * use. The elements then find them in the in-memory cache of
 * src/data/load.ts, still checked against the catalog entries' hashes. Only
 * what the page's own tags and attributes say is fetched.
 */
import { BASELINE_ID } from '../data/vocabulary.js';
import { loadBaseline, loadCatalogEntry, loadChecks, loadPlaces, loadRecord, resolveDataBase } from '../data/load.js';
import { interfaceLocaleFor, readerLocale } from '../i18n/locale.js';
import { interfaceMessagesReady } from '../i18n/localization.js';
import { prepareDateFormat } from '../i18n/format.js';

/** Elements that show a record; the kit's first view is its rights card. */
const RECORD_TAGS = ['kyr-rights-kit', 'kyr-rights-card', 'kyr-arrest-guide', 'kyr-firewall-notice', 'kyr-help-directory'];
const PICKER_TAG = 'kyr-jurisdiction-picker';

const ignore = () => undefined;

export function startFirstViewFetches(root: ParentNode = document): void {
  const elements = [...root.querySelectorAll<HTMLElement>([...RECORD_TAGS, PICKER_TAG].join(','))];
  if (!elements.length) return;
  loadChecks().catch(ignore);
  for (const element of elements) {
    const dataSrc = element.getAttribute('data-src') ?? '';
    // The kit draws a picker too, over the same data: the list of places and the current place's own entry.
    if (element.localName === PICKER_TAG || element.localName === 'kyr-rights-kit') {
      const base = resolveDataBase(dataSrc);
      loadPlaces(base).catch(ignore);
      const current = element.getAttribute('jurisdiction');
      if (current) loadCatalogEntry(base, current).catch(ignore);
    }
    if (element.localName === PICKER_TAG) continue;
    const locale = readerLocale(element, element.getAttribute('locale') ?? '');
    // Each element waits for its own language's words before its first render: they start now (once per language).
    const interfaceLocale = interfaceLocaleFor(locale);
    void interfaceMessagesReady(interfaceLocale);
    prepareDateFormat(interfaceLocale);
    const jurisdiction = element.getAttribute('jurisdiction') || BASELINE_ID;
    loadRecord({ jurisdiction, locale, version: element.getAttribute('version') ?? '', dataSrc }).catch(ignore);
    if (element.localName === 'kyr-arrest-guide' && jurisdiction !== BASELINE_ID) loadBaseline({ locale, dataSrc }).catch(ignore);
  }
}
