import { KyrFirewallNotice } from '../elements/firewall-notice/firewall-notice.component.js';
import { define } from './define.js';

define('kyr-firewall-notice', KyrFirewallNotice);

declare global {
  interface HTMLElementTagNameMap {
    'kyr-firewall-notice': KyrFirewallNotice;
  }
}

export { KyrFirewallNotice };
