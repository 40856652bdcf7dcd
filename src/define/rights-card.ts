import { KyrRightsCard } from '../elements/rights-card/rights-card.component.js';
import { define } from './define.js';

define('kyr-rights-card', KyrRightsCard);

declare global {
  interface HTMLElementTagNameMap {
    'kyr-rights-card': KyrRightsCard;
  }
}

export { KyrRightsCard };
