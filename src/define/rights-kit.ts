import { KyrRightsKit } from '../elements/rights-kit/rights-kit.component.js';
import { define } from './define.js';
// The kit is made of the other elements: defining it defines them.
import './rights-card.js';
import './arrest-guide.js';
import './firewall-notice.js';
import './help-directory.js';
import './jurisdiction-picker.js';
import './quick-exit.js';

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
