/**
 * The entry behind the one-file `dist/kyr-widgets.js`. The kit and its first
 * view (place picker, rights card, quick exit) are defined at once; the arrest
 * guide, firewall notice and help directory are fetched the first time one is
 * shown, in the kit or on the page (see define/on-demand.ts).
 */
// First, so the bundle defines the quick exit before lit starts: where lit cannot start
// (a Trusted Types policy that refuses its `lit-html` policy), the exit still works.
import './define/quick-exit.js';
import './define/rights-kit.js';
import { loadPartsWhenOnPage } from './define/on-demand.js';
import { startFirstViewFetches } from './define/first-view.js';

// Before the elements' first updates (they run once this module has finished):
// every file the first view needs is on its way at once.
startFirstViewFetches();
loadPartsWhenOnPage();

export { KyrRightsCard } from './elements/rights-card/rights-card.component.js';
export { KyrJurisdictionPicker } from './elements/jurisdiction-picker/jurisdiction-picker.component.js';
export { KyrQuickExit, DEFAULT_DESTINATION } from './elements/quick-exit/quick-exit.component.js';
export { KyrRightsKit } from './elements/rights-kit/rights-kit.component.js';
export { KyrDataElement } from './elements/shared/data-element.js';
export { define } from './define/define.js';
export { loadPart } from './define/on-demand.js';
export { loadRecord, loadCatalog, loadChecks, isStale, clearDataCache, DataError } from './data/load.js';
export { legalModelLabel } from './data/legal-model.js';
export { interfaceLocales } from './i18n/locale.js';
export type * from './index.js';
