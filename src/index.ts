/**
 * The classes and data helpers, without defining any tag: import this to
 * register elements under your own names or to extend them.
 */
export { KyrRightsCard } from './elements/rights-card/rights-card.component.js';
export { KyrDataElement } from './elements/shared/data-element.js';
export { loadRecord, loadCatalog, checkRecord, isStale, clearDataCache, DataError } from './data/load.js';
export type { DataRequest, LoadedRecord, DataErrorReason } from './data/load.js';
export { legalModelLabel } from './data/legal-model.js';
export type { LegalModelLabel } from './data/legal-model.js';
export type { PublishedRecord, Catalog, CatalogEntry } from './data/schema.js';
