import {
  KyrJurisdictionPicker,
  type JurisdictionChangeDetail,
  type JurisdictionChangeEvent,
} from '../elements/jurisdiction-picker/jurisdiction-picker.component.js';
import { define } from './define.js';

define('kyr-jurisdiction-picker', KyrJurisdictionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'kyr-jurisdiction-picker': KyrJurisdictionPicker;
  }
  interface GlobalEventHandlersEventMap {
    /** A reader chose a different place in a `<kyr-jurisdiction-picker>`. */
    'kyr-jurisdiction-change': CustomEvent<JurisdictionChangeDetail>;
  }
}

export { KyrJurisdictionPicker };
export type { JurisdictionChangeDetail, JurisdictionChangeEvent };
