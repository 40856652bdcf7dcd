/**
 * Registers `<kyr-quick-exit>`. This is also the quick exit's own entry point:
 * it imports nothing from the data layer, so it works when every fetch fails
 * and stays small enough to load first.
 */
import { KyrQuickExit, type QuickExitDetail } from '../elements/quick-exit/quick-exit.component.js';
import { define } from './define.js';

define('kyr-quick-exit', KyrQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'kyr-quick-exit': KyrQuickExit;
  }
  interface GlobalEventHandlersEventMap {
    'kyr-quick-exit': CustomEvent<QuickExitDetail>;
  }
}

export { KyrQuickExit, DEFAULT_DESTINATION } from '../elements/quick-exit/quick-exit.component.js';
export type { QuickExitDetail, QuickExitTrigger } from '../elements/quick-exit/quick-exit.component.js';
