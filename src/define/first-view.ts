/**
 * Every fetch a page's first view needs, started as soon as the script runs:
 * the data check, the catalog, each element's record (and the arrest guide's
 * general advice), the picker's list of places and its current place, and the reader's interface language, all at once, before
 * any element is upgraded or drawn. The elements then find them in the
 * in-memory cache of src/data/load.ts, still checked against the catalog's
 * hashes. Only what the page's own tags and attributes say is fetched.
 */
import { BASELINE_ID } from '../data/vocabulary.js';
import { loadBaseline, loadCatalogEntry, loadChecks, loadPlaces, loadRecord, resolveDataBase } from '../data/load.js';
import { readerLocale } from '../i18n/reader-locale.js';
import { useInterfaceLocale } from '../i18n/localization.js';

/** Elements that show a record; the kit's first view is its rights card. */
const RECORD_TAGS = ['kyr-rights-kit', 'kyr-rights-card', 'kyr-arrest-guide', 'kyr-firewall-notice', 'kyr-help-directory'];
const PICKER_TAG = 'kyr-jurisdiction-picker';

const ignore = () => undefined;

export function startFirstViewFetches(root: ParentNode = document): void {
  const elements = [...root.querySelectorAll<HTMLElement>([...RECORD_TAGS, PICKER_TAG].join(','))];
  if (!elements.length) return;
  loadChecks().catch(ignore);
  let interfaceAsked = false;
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
    if (!interfaceAsked) {
      // The first element asks for the same language in its first update: its strings start now.
      void useInterfaceLocale(locale).catch(ignore);
      interfaceAsked = true;
    }
    const jurisdiction = element.getAttribute('jurisdiction') || BASELINE_ID;
    loadRecord({ jurisdiction, locale, version: element.getAttribute('version') ?? '', dataSrc }).catch(ignore);
    if (element.localName === 'kyr-arrest-guide' && jurisdiction !== BASELINE_ID) loadBaseline({ locale, dataSrc }).catch(ignore);
  }
}
