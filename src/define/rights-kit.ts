import { KyrRightsKit } from '../elements/rights-kit/rights-kit.component.js';
import { define } from './define.js';
import { loadPart } from './on-demand.js';
// The kit is made of the other elements: its first view (picker, rights card,
// quick exit) is defined with it, the other parts when the kit first shows them.
import './rights-card.js';
import './jurisdiction-picker.js';
import './quick-exit.js';

KyrRightsKit.loadPart = loadPart;
define('kyr-rights-kit', KyrRightsKit);

declare global {
  interface HTMLElementTagNameMap {
    'kyr-rights-kit': KyrRightsKit;
  }
  interface GlobalEventHandlersEventMap {
    'kyr-tab-change': CustomEvent<{ tab: import('../elements/rights-kit/rights-kit.component.js').KitTab }>;
    'kyr-locale-change': CustomEvent<{ locale: string }>;
  }
}

export { KyrRightsKit };
