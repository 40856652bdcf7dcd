/**
 * The classes and data helpers, without defining any tag: import this to
 * register elements under your own names or to extend them.
 */
export { KyrRightsCard } from './elements/rights-card/rights-card.component.js';
export { KyrArrestGuide } from './elements/arrest-guide/arrest-guide.component.js';
export type { StageChangeDetail } from './elements/arrest-guide/arrest-guide.component.js';
export { KyrFirewallNotice } from './elements/firewall-notice/firewall-notice.component.js';
export { KyrHelpDirectory } from './elements/help-directory/help-directory.component.js';
export { KyrJurisdictionPicker } from './elements/jurisdiction-picker/jurisdiction-picker.component.js';
export type { JurisdictionChangeDetail, JurisdictionChangeEvent } from './elements/jurisdiction-picker/jurisdiction-picker.component.js';
export { KyrQuickExit, DEFAULT_DESTINATION } from './elements/quick-exit/quick-exit.component.js';
export type { QuickExitDetail, QuickExitTrigger } from './elements/quick-exit/quick-exit.component.js';
export { KyrRightsKit } from './elements/rights-kit/rights-kit.component.js';
export type { KitTab } from './elements/rights-kit/rights-kit.component.js';
export { KyrDataElement } from './elements/shared/data-element.js';
export { define } from './define/define.js';
export { loadRecord, loadCatalog, isStale, clearDataCache, DataError } from './data/load.js';
export { checkRecord } from './data/check.js';
export type { DataRequest, LoadedRecord, DataErrorReason } from './data/load.js';
export { legalModelLabel } from './data/legal-model.js';
export type { LegalModelLabel } from './data/legal-model.js';
export type { PublishedRecord, Catalog, CatalogEntry } from './data/schema.js';
export { interfaceLocales } from './i18n/locale.js';
